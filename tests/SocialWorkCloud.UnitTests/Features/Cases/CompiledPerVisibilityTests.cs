using System.Linq.Expressions;
using SocialWorkCloud.Application.Features.Cases;

namespace SocialWorkCloud.UnitTests.Features.Cases;

/// <summary>
/// The compiled-query variants per permission set state the same rule as the query with the permissions as parameters: for each
/// set, the bound query answers as the original does with those values, and what the permissions switch off is gone.
/// </summary>
public class CompiledPerVisibilityTests
{
    private sealed record Item(Guid AssignedWorkerId, bool IsSensitive);

    private static readonly Guid Me = Guid.NewGuid();

    // CaseAccess.VisibleTo as GetWorkLists states it, with a second clause the folding must leave alone.
    private static readonly Expression<Func<Item, bool, bool, Guid, bool>> Rule = (c, supervise, readFacility, me) =>
        (supervise || c.AssignedWorkerId == me || (readFacility && !c.IsSensitive)) && !(supervise && !readFacility && c.IsSensitive && c.AssignedWorkerId == Guid.Empty);

    private static readonly Item[] Items =
    [
        new(Me, false), new(Me, true), new(Guid.NewGuid(), false), new(Guid.NewGuid(), true), new(Guid.Empty, true),
    ];

    [Theory]
    [InlineData(true, false)]
    [InlineData(true, true)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void A_bound_query_answers_as_the_query_with_those_permissions(bool supervise, bool readFacility)
    {
        var original = Rule.Compile();
        var bound = CompiledPerVisibility<Func<Item, bool, bool, Guid, bool>, Func<Item, Guid, bool>, object>.Bind(Rule, supervise, readFacility);
        var compiled = bound.Compile();
        foreach (var item in Items)
        {
            // The bound query takes no permissions: it answers for those it was bound to.
            compiled(item, Me).ShouldBe(original(item, supervise, readFacility, Me), $"{item}");
        }
    }

    [Fact]
    public void A_unit_heads_query_keeps_none_of_the_rule_and_a_collaborators_only_their_own()
    {
        string Bound(bool supervise, bool readFacility) =>
            CompiledPerVisibility<Func<Item, bool, bool, Guid, bool>, Func<Item, Guid, bool>, object>.Bind(Rule, supervise, readFacility).Body.ToString();
        Bound(supervise: true, readFacility: true).ShouldBe("True");
        Bound(supervise: true, readFacility: false).ShouldNotContain("me");
        Bound(supervise: true, readFacility: false).ShouldNotContain("supervise");
        Bound(supervise: false, readFacility: false).ShouldBe("(c.AssignedWorkerId == me)");
        Bound(supervise: false, readFacility: true).ShouldNotContain("readFacility");
    }

    [Fact]
    public void A_query_without_the_two_permissions_as_parameters_is_refused()
    {
        Expression<Func<Item, bool, Guid, bool>> query = (c, supervise, me) => supervise || c.AssignedWorkerId == me;
        Should.Throw<ArgumentException>(() => new CompiledPerVisibility<Func<Item, bool, Guid, bool>, Func<Item, Guid, bool>, object>(query, _ => new object()));
    }
}
