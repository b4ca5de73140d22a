using System.Linq.Expressions;
using System.Reflection;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Kpis;

namespace SocialWorkCloud.Application.Features.Kpis;

public sealed record FacilityKpis(
    Guid FacilityId, DateOnly AsOf, FacilityGroup Group, UnitStatus UnitStatus, bool CountsTowardTarget,
    KpiIndicator Indicator, decimal ProvinceSharePercent, decimal? TargetPercent, KpiState ProvinceState);

/// <summary>Where one facility stands as of a date: its unit status, whether it counts, and its province's share for its group.</summary>
[RequiresPermission(Permissions.KpisReadFacility)]
public sealed record GetFacilityKpis(Guid FacilityId, DateOnly? AsOf) : IQuery<FacilityKpis>;

public sealed class GetFacilityKpisValidator : AbstractValidator<GetFacilityKpis>
{
    public GetFacilityKpisValidator() =>
        RuleFor(x => x.AsOf).MustBeAKpiDate();
}

public sealed class GetFacilityKpisHandler(AppDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetFacilityKpis, FacilityKpis>
{
    public async ValueTask<FacilityKpis> Handle(GetFacilityKpis query, CancellationToken cancellationToken)
    {
        var asOf = query.AsOf ?? VietnamClock.Today(clock);
        // The caller's visibility, as Visibility.VisibleTo reads it: a platform admin sees every facility, a facility user their
        // own (decided here, so their statement has no visibility predicate), a province officer their province's (a parameter).
        Guid? ownProvince = null;
        if (!user.IsPlatformAdmin)
        {
            if (user.FacilityId is { } own) { if (own != query.FacilityId) throw new NotFoundException("Facility", query.FacilityId); }
            else ownProvince = user.ProvinceId ?? throw new NotFoundException("Facility", query.FacilityId);
        }
        var card = await Card.For(db)(db, query.FacilityId, asOf, ownProvince, cancellationToken)
            ?? throw new NotFoundException("Facility", query.FacilityId);
        var group = card.Type.Group();
        var figure = KpiCalculator.Share(group, card.Counted, card.Operating, asOf);
        return new FacilityKpis(query.FacilityId, asOf, group, card.Status, KpiCalculator.Counts(group, card.Status), figure.Indicator,
            figure.SharePercent, figure.TargetPercent, figure.State);
    }

    private sealed record CardRow(FacilityType Type, UnitStatus Status, int Operating, int Counted);

    private static readonly string[] TenantFilterOnly = [AppDbContext.TenantFilter];

    // One statement, compiled once per model (issue 19, CompiledPerModel): the facility (if the caller sees it), its status on the
    // date, and two counts of its group's facilities operating in its province on the date — all of them, and those that count
    // toward the share. The database counts rather than sending one status per facility (a commune station's group is thousands
    // of rows), and each facility's status is read once (UnitStatusQueries.WithStatusOn written out: a compiled query cannot call
    // helpers), which keeps the plan's cost low on PostgreSQL (KpiCalculator). What depends on the facility's group is stated on
    // its type (GroupTables below writes each out as a CASE over the types): the group is a range of types, which the
    // (ProvinceId, Type) index reads directly, and a facility counts from a status up. On the KPI benchmark's province of 10,000
    // facilities the plan stays under PostgreSQL's JIT threshold, where the two statements before JIT-compiled the station
    // group's (benchmark README).
    private static readonly CompiledPerModel<Func<AppDbContext, Guid, DateOnly, Guid?, CancellationToken, Task<CardRow?>>> Card =
        new(() => EF.CompileAsyncQuery(GroupTables.Inline<Func<AppDbContext, Guid, DateOnly, Guid?, CancellationToken, CardRow?>>(
            (db, id, asOf, ownProvince, ct) => db.Facilities.AsNoTracking()
                .Where(f => f.Id == id && (ownProvince == null || f.ProvinceId == ownProvince))
                .Select(f => new CardRow(f.Type,
                    db.UnitStatusChanges.IgnoreQueryFilters(TenantFilterOnly).AsNoTracking()
                        .Where(c => !c.IsRetraction && !db.UnitStatusChanges.IgnoreQueryFilters(TenantFilterOnly).AsNoTracking().Any(x => x.CorrectsId == c.Id))
                        .Where(c => c.FacilityId == f.Id && c.EffectiveDate <= asOf)
                        .OrderByDescending(c => c.EffectiveDate).ThenByDescending(c => c.RecordedAt)
                        .Select(c => (UnitStatus?)c.Status)
                        .FirstOrDefault() ?? UnitStatus.None,
                    db.Facilities.Count(g => g.ProvinceId == f.ProvinceId && g.Type >= FirstOfGroup(f.Type) && g.Type <= LastOfGroup(f.Type)
                        && (g.EstablishedOn == null || g.EstablishedOn <= asOf) && (g.ClosedOn == null || g.ClosedOn > asOf)),
                    db.Facilities.Count(g => g.ProvinceId == f.ProvinceId && g.Type >= FirstOfGroup(f.Type) && g.Type <= LastOfGroup(f.Type)
                        && (g.EstablishedOn == null || g.EstablishedOn <= asOf) && (g.ClosedOn == null || g.ClosedOn > asOf)
                        && (db.UnitStatusChanges.IgnoreQueryFilters(TenantFilterOnly).AsNoTracking()
                            .Where(c => !c.IsRetraction && !db.UnitStatusChanges.IgnoreQueryFilters(TenantFilterOnly).AsNoTracking().Any(x => x.CorrectsId == c.Id))
                            .Where(c => c.FacilityId == g.Id && c.EffectiveDate <= asOf)
                            .OrderByDescending(c => c.EffectiveDate).ThenByDescending(c => c.RecordedAt)
                            .Select(c => (UnitStatus?)c.Status)
                            .FirstOrDefault() ?? UnitStatus.None) >= CountsFrom(f.Type))))
                .SingleOrDefault())));

    /// <summary>The first type of the type's group, in the enum's order (a group is a run of types: checked).</summary>
    private static FacilityType FirstOfGroup(FacilityType type) => GroupRange(type).First;

    /// <summary>The last type of the type's group, in the enum's order.</summary>
    private static FacilityType LastOfGroup(FacilityType type) => GroupRange(type).Last;

    private static (FacilityType First, FacilityType Last) GroupRange(FacilityType type)
    {
        var group = type.Group();
        var types = Enum.GetValues<FacilityType>();
        var (first, last) = (types.Where(t => t.Group() == group).Min(), types.Where(t => t.Group() == group).Max());
        if (types.Any(t => t >= first && t <= last && t.Group() != group))
        {
            throw new InvalidOperationException($"The types of {group} are not a run of FacilityType: the KPI card's count needs another form.");
        }
        return (first, last);
    }

    /// <summary>
    /// The lowest status with which a facility of this type counts toward its group's share: the count in SQL is "status at least
    /// this" (one reading of the status). Checked against <see cref="KpiCalculator.Counts"/> for every status.
    /// </summary>
    private static UnitStatus CountsFrom(FacilityType type)
    {
        var group = type.Group();
        var from = Enum.GetValues<UnitStatus>().Where(s => KpiCalculator.Counts(group, s)).Min();
        if (Enum.GetValues<UnitStatus>().Any(s => KpiCalculator.Counts(group, s) != s >= from))
        {
            throw new InvalidOperationException($"The statuses that count for {group} are not those from {from} up: the KPI card's count needs another form.");
        }
        return from;
    }

    /// <summary>
    /// Writes FirstOfGroup, LastOfGroup and CountsFrom out as the table of their values over every facility type (conditionals,
    /// which EF translates to CASE), so the query states them as the domain decides them and no SQL repeats the mapping by hand.
    /// The tables are made once, when the query is compiled.
    /// </summary>
    private sealed class GroupTables : ExpressionVisitor
    {
        private static readonly MethodInfo[] Tabled = [.. new[] { nameof(FirstOfGroup), nameof(LastOfGroup), nameof(CountsFrom) }
            .Select(name => typeof(GetFacilityKpisHandler).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!)];

        public static Expression<TDelegate> Inline<TDelegate>(Expression<TDelegate> query) => (Expression<TDelegate>)new GroupTables().Visit(query);

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (!Tabled.Contains(node.Method)) return base.VisitMethodCall(node);
            var type = Visit(node.Arguments[0]);
            var rows = Enum.GetValues<FacilityType>().GroupBy(t => node.Method.Invoke(null, [t])!).ToList();
            Expression table = Expression.Constant(rows[^1].Key, node.Type);
            foreach (var row in Enumerable.Reverse(rows[..^1]))
            {
                var test = row.Select(t => (Expression)Expression.Equal(type, Expression.Constant(t))).Aggregate(Expression.OrElse);
                table = Expression.Condition(test, Expression.Constant(row.Key, node.Type), table);
            }
            return table;
        }
    }
}
