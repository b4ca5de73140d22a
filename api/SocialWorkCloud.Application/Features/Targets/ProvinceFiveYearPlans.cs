using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Notifications;
using SocialWorkCloud.Domain.Targets;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>The five-year plans the province's facilities submitted for a period (drafts and returned plans stay the facility's own).</summary>
/// <param name="StartYear">The period's first year (default: the period of today).</param>
[RequiresPermission(Permissions.PlansReview)]
public sealed record ListProvinceFiveYearPlans(Guid ProvinceId, int? StartYear = null) : IQuery<IReadOnlyList<FiveYearPlanSummary>>;

public sealed class ListProvinceFiveYearPlansValidator : AbstractValidator<ListProvinceFiveYearPlans>
{
    public ListProvinceFiveYearPlansValidator() =>
        RuleFor(x => x.StartYear).MustStartAFiveYearPeriod();
}

public sealed class ListProvinceFiveYearPlansHandler(AppDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListProvinceFiveYearPlans, IReadOnlyList<FiveYearPlanSummary>>
{
    public async ValueTask<IReadOnlyList<FiveYearPlanSummary>> Handle(ListProvinceFiveYearPlans query, CancellationToken cancellationToken)
    {
        await TargetRules.EnsureProvinceAsync(db, user, query.ProvinceId, cancellationToken);
        var start = query.StartYear ?? FiveYearPlan.PeriodStartOf(VietnamClock.Today(clock).Year);
        var plans = ProvinceFiveYearPlanScope.Visible(db, query.ProvinceId).Where(p => p.StartYear == start);
        return (await FiveYearPlanRules.SummariesAsync(db, plans, cancellationToken)).OrderBy(p => p.FacilityName, VietnameseCollation.Comparer).ToList();
    }
}

/// <summary>A submitted or acknowledged five-year plan of a facility of the province.</summary>
[RequiresPermission(Permissions.PlansReview)]
public sealed record GetProvinceFiveYearPlan(Guid ProvinceId, Guid PlanId) : IQuery<FiveYearPlanDto>;

public sealed class GetProvinceFiveYearPlanHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<GetProvinceFiveYearPlan, FiveYearPlanDto>
{
    public async ValueTask<FiveYearPlanDto> Handle(GetProvinceFiveYearPlan query, CancellationToken cancellationToken)
    {
        await TargetRules.EnsureProvinceAsync(db, user, query.ProvinceId, cancellationToken);
        return await FiveYearPlanRules.LoadAsync(db, ProvinceFiveYearPlanScope.Visible(db, query.ProvinceId), query.PlanId, cancellationToken);
    }
}

/// <summary>The Health Department acknowledges a submitted five-year plan, or returns it with a comment for the unit to revise and resubmit.</summary>
[RequiresPermission(Permissions.PlansReview)]
public sealed record ReviewFiveYearPlan(
    [property: JsonIgnore] Guid ProvinceId, [property: JsonIgnore] Guid PlanId, PlanDecision Decision, string? Comment, Guid Version)
    : ICommand<FiveYearPlanDto>;

public sealed class ReviewFiveYearPlanValidator : AbstractValidator<ReviewFiveYearPlan>
{
    public ReviewFiveYearPlanValidator()
    {
        RuleFor(x => x.Version).NotEmpty();
        RuleFor(x => x.Decision).IsInEnum();
        RuleFor(x => x.Comment).MaximumLength(2000);
        RuleFor(x => x.Comment).NotEmpty().When(x => x.Decision == PlanDecision.Return).WithText("five-year-plan-comment-required");
    }
}

public sealed class ReviewFiveYearPlanHandler(AppDbContext db, ICurrentUser user, TenantScope tenant, TimeProvider clock, IOutbox outbox)
    : ICommandHandler<ReviewFiveYearPlan, FiveYearPlanDto>
{
    public async ValueTask<FiveYearPlanDto> Handle(ReviewFiveYearPlan command, CancellationToken cancellationToken)
    {
        await TargetRules.EnsureProvinceAsync(db, user, command.ProvinceId, cancellationToken);
        var plan = await ProvinceFiveYearPlanScope.Visible(db, command.ProvinceId).AsTracking().SingleOrDefaultAsync(p => p.Id == command.PlanId, cancellationToken)
            ?? throw new NotFoundException("FiveYearPlan", command.PlanId);
        db.Entry(plan).Property(p => p.Version).OriginalValue = command.Version;
        if (command.Decision == PlanDecision.Acknowledge) plan.Acknowledge(command.Comment, clock.GetUtcNow());
        else plan.Return(command.Comment, clock.GetUtcNow());
        await outbox.FiveYearPlanEventAsync(db, user, plan,
            command.Decision == PlanDecision.Acknowledge ? NotificationKind.FiveYearPlanAcknowledged : NotificationKind.FiveYearPlanReturned, cancellationToken);
        // The decision is the Department's part of the plan's workflow: only the plan's status and comment change, in the facility's tenant.
        using (tenant.Enter(plan.FacilityId))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        // A returned plan has left the province's scope; the officer still reads the answer just given.
        return await FiveYearPlanRules.LoadAsync(db, db.OfFacility<FiveYearPlan>(plan.FacilityId), plan.Id, cancellationToken);
    }
}
