using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using SocialWorkCloud.Api.Infrastructure;

namespace SocialWorkCloud.UnitTests.Infrastructure;

/// <summary>
/// Which operations the retrying strategy runs without marking itself current: EF's query enumerators only (one statement;
/// nothing inside them starts a strategy). If EF renames them, the optimisation is lost and this test says so.
/// </summary>
public sealed class SafeRetriesTests
{
    [Theory]
    [InlineData("Microsoft.EntityFrameworkCore.Query.Internal.SingleQueryingEnumerable`1")]
    [InlineData("Microsoft.EntityFrameworkCore.Query.Internal.SplitQueryingEnumerable`1")]
    [InlineData("Microsoft.EntityFrameworkCore.Query.Internal.FromSqlQueryingEnumerable`1")]
    public void EF_query_enumerators_are_single_statements(string enumerable)
    {
        var type = typeof(RelationalQueryContext).Assembly.GetType(enumerable, throwOnError: true)!;
        var enumerator = type.GetNestedType("AsyncEnumerator", System.Reflection.BindingFlags.NonPublic)!.MakeGenericType(typeof(object));
        SafeRetries.IsQueryStatement(enumerator).ShouldBeTrue();
    }

    [Fact]
    public void Units_of_work_and_saves_are_not()
    {
        SafeRetries.IsQueryStatement(typeof(Func<CancellationToken, Task<int>>)).ShouldBeFalse();
        SafeRetries.IsQueryStatement(typeof((DbContext Context, bool AcceptAllChangesOnSuccess))).ShouldBeFalse();
        SafeRetries.IsQueryStatement(typeof(object)).ShouldBeFalse();
    }
}
