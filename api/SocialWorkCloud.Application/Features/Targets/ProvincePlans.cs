using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Targets;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Domain.Notifications;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>
/// The annual plans submitted by the province's facilities for a year (drafts stay the facility's own). A returned plan is
/// listed with its status and the Department's comment but without its counts: the unit is reworking it, and the rework is
/// the unit's own until resubmitted.
/// </summary>
[RequiresPermission(Permissions.PlansReview)]
public sealed record ListProvincePlans(Guid ProvinceId, int? Year = null) : IQuery<IReadOnlyList<PlanSummary>>;

public sealed class ListProvincePlansValidator : AbstractValidator<ListProvincePlans>
{
    public ListProvincePlansValidator() => RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
}

public sealed class ListProvincePlansHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListProvincePlans, IReadOnlyList<PlanSummary>>
{
    public async ValueTask<IReadOnlyList<PlanSummary>> Handle(ListProvincePlans query, CancellationToken cancellationToken)
    {
        await TargetRules.EnsureProvinceAsync(db, user, query.ProvinceId, cancellationToken);
        var year = query.Year ?? VietnamClock.Today(clock).Year;
        var plans = ProvincePlanScope.PastDraft(db, query.ProvinceId).Where(p => p.Year == year);
        return (await PlanRules.SummariesAsync(db, plans, cancellationToken))
            .Select(p => p.Status == PlanStatus.Returned ? p with { Targets = null, Activities = null } : p)
            .OrderBy(p => p.FacilityName).ToList();
    }
}

/// <summary>A submitted or acknowledged plan of a facility of the province (a returned one is not found until resubmitted).</summary>
[RequiresPermission(Permissions.PlansReview)]
public sealed record GetProvincePlan(Guid ProvinceId, Guid PlanId) : IQuery<PlanDto>;

public sealed class GetProvincePlanHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<GetProvincePlan, PlanDto>
{
    public async ValueTask<PlanDto> Handle(GetProvincePlan query, CancellationToken cancellationToken)
    {
        await TargetRules.EnsureProvinceAsync(db, user, query.ProvinceId, cancellationToken);
        return await PlanRules.LoadAsync(db, ProvincePlanScope.Sent(db, query.ProvinceId), query.PlanId, cancellationToken);
    }
}

public enum PlanDecision
{
    Acknowledge = 1,
    Return = 2,
}

/// <summary>The Health Department acknowledges a submitted plan, or returns it with a comment for the unit to revise and resubmit.</summary>
[RequiresPermission(Permissions.PlansReview)]
public sealed record ReviewPlan([property: JsonIgnore] Guid ProvinceId, [property: JsonIgnore] Guid PlanId, PlanDecision Decision, string? Comment, Guid Version)
    : ICommand<PlanDto>;

public sealed class ReviewPlanValidator : AbstractValidator<ReviewPlan>
{
    public ReviewPlanValidator()
    {
        RuleFor(x => x.Version).NotEmpty();
        RuleFor(x => x.Decision).IsInEnum();
        RuleFor(x => x.Comment).MaximumLength(2000);
        RuleFor(x => x.Comment).NotEmpty().When(x => x.Decision == PlanDecision.Return)
            .WithText("annual-plan-comment-required");
    }
}

public sealed class ReviewPlanHandler(AppDbContext db, ICurrentUser user, TenantScope tenant, TimeProvider clock, IOutbox outbox) : ICommandHandler<ReviewPlan, PlanDto>
{
    public async ValueTask<PlanDto> Handle(ReviewPlan command, CancellationToken cancellationToken)
    {
        await TargetRules.EnsureProvinceAsync(db, user, command.ProvinceId, cancellationToken);
        // Past the draft stage, so deciding a returned plan again is refused by its rule (422), not hidden (404).
        var plan = await ProvincePlanScope.PastDraft(db, command.ProvinceId).AsTracking().SingleOrDefaultAsync(p => p.Id == command.PlanId, cancellationToken)
            ?? throw new NotFoundException("Plan", command.PlanId);
        db.Entry(plan).Property(p => p.Version).OriginalValue = command.Version;
        if (command.Decision == PlanDecision.Acknowledge) plan.Acknowledge(command.Comment, clock.GetUtcNow());
        else plan.Return(command.Comment, clock.GetUtcNow());
        // The answer is the content the Department decided on, read before the decision is saved: once returned, the
        // province no longer reads the plan's content (ProvincePlanScope.Sent).
        var decided = await PlanRules.LoadAsync(db, ProvincePlanScope.PastDraft(db, command.ProvinceId), plan.Id, cancellationToken);
        await outbox.AnnualPlanEventAsync(db, user, plan.FacilityId, plan.Year,
            command.Decision == PlanDecision.Acknowledge ? NotificationKind.AnnualPlanAcknowledged : NotificationKind.AnnualPlanReturned, cancellationToken);
        // The decision is the Department's part of the plan's workflow: only the plan's status and comment change, in the facility's tenant.
        using (tenant.Enter(plan.FacilityId))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        return decided with { Status = plan.Status, ReviewedAt = plan.ReviewedAt, ReviewComment = plan.ReviewComment, Version = plan.Version };
    }
}

internal static class ProvincePlanScope
{
    /// <summary>
    /// The plans whose content the province reads: submitted or acknowledged, of the province's facilities (only the tenant
    /// filter is lifted, only for those). A draft, and a returned plan being reworked, are the unit's own.
    /// </summary>
    public static IQueryable<AnnualPlan> Sent(AppDbContext db, Guid provinceId) =>
        Facilities(db, provinceId).Where(p => p.Status == PlanStatus.Submitted || p.Status == PlanStatus.Acknowledged);

    /// <summary>Plans past the draft stage (returned ones included): for their status and the Department's comment, never their content.</summary>
    public static IQueryable<AnnualPlan> PastDraft(AppDbContext db, Guid provinceId) =>
        Facilities(db, provinceId).Where(p => p.Status != PlanStatus.Draft);

    private static IQueryable<AnnualPlan> Facilities(AppDbContext db, Guid provinceId) =>
        db.AcrossFacilities<AnnualPlan>(db.Facilities.Where(f => f.ProvinceId == provinceId).Select(f => f.Id));
}
