using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Commendations;

namespace SocialWorkCloud.Application.Features.Commendations;

/// <summary>
/// The province officer decides a submitted nomination of a facility of the province: awarded (decision
/// number and date) or not awarded (reason). Final: a second decision is refused (422, or 409 by the
/// unique index when two race). The decision row is its own audit record — who decided and when, never
/// changed — because the facility's AuditLog is tenant-owned and a province officer writes no facility rows.
/// </summary>
[RequiresPermission(Permissions.CommendationsDecide)]
public sealed record DecideNomination(
    [property: JsonIgnore] Guid NominationId, bool Awarded, string? DecisionNumber = null, DateOnly? DecisionDate = null, string? Reason = null)
    : ICommand<NominationDto>;

public sealed class DecideNominationValidator : AbstractValidator<DecideNomination>
{
    public DecideNominationValidator(TimeProvider clock)
    {
        RuleFor(x => x.DecisionNumber).NotEmpty().When(x => x.Awarded)
            .WithText("decision-number-required").MaximumLength(100);
        RuleFor(x => x.DecisionDate).NotNull().When(x => x.Awarded)
            .WithText("decision-date-required")
            .MustBeAnActivityDate()
            .Must(d => d is null || d <= VietnamClock.Today(clock)).WithText("decision-in-future");
        RuleFor(x => x.Reason).NotEmpty().When(x => !x.Awarded)
            .WithText("not-awarded-reason-required").MaximumLength(2000);
    }
}

public sealed class DecideNominationHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<DecideNomination, NominationDto>
{
    public async ValueTask<NominationDto> Handle(DecideNomination command, CancellationToken cancellationToken)
    {
        var nominations = db.NominationsVisibleTo(user).Where(n => n.Id == command.NominationId);
        var nomination = user.FacilityId is null ? await nominations.SingleOrDefaultAsync(cancellationToken) : null;
        if (nomination is null) throw new NotFoundException("Nomination", command.NominationId);
        var decided = await db.CommendationDecisions.AnyAsync(d => d.NominationId == nomination.Id, cancellationToken);
        var provinceId = await db.Facilities.Where(f => f.Id == nomination.FacilityId).Select(f => f.ProvinceId).SingleAsync(cancellationToken);
        db.CommendationDecisions.Add(nomination.Decide(
            decided, provinceId, command.Awarded, command.DecisionNumber, command.DecisionDate, command.Reason, user.UserId, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        var facilityIds = db.Facilities.Where(f => f.Id == nomination.FacilityId).Select(f => f.Id);
        return (await CommendationScope.ProjectAsync(db, db.AcrossFacilities<Nomination>(facilityIds).Where(n => n.Id == nomination.Id), cancellationToken)).Single();
    }
}
