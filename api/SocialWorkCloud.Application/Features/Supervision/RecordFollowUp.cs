using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Supervision;

namespace SocialWorkCloud.Application.Features.Supervision;

/// <summary>
/// The visited facility's unit head records a follow-up on a recommendation of a closed visit: in
/// progress, done, or not feasible (the note gives the reason). Each follow-up is kept (append-only);
/// a "done" or "not feasible" one waits for the province's review.
/// </summary>
[RequiresPermission(Permissions.SupervisionFollowUp)]
public sealed record RecordFollowUp([property: JsonIgnore] Guid RecommendationId, Guid Version, RecommendationStatus Status, string Note, DateOnly Date)
    : ICommand<VisitDto>;

public sealed class RecordFollowUpValidator : AbstractValidator<RecordFollowUp>
{
    public RecordFollowUpValidator(TimeProvider clock)
    {
        RuleFor(x => x.Version).NotEmpty();
        RuleFor(x => x.Status).IsInEnum().NotEqual(RecommendationStatus.Open)
            .WithText("follow-up-status");
        RuleFor(x => x.Note).NotEmpty().WithText("follow-up-note-required").When(x => x.Status != RecommendationStatus.NotFeasible);
        RuleFor(x => x.Note).NotEmpty().WithText("not-feasible-reason-required").When(x => x.Status == RecommendationStatus.NotFeasible);
        RuleFor(x => x.Note).MaximumLength(2000);
        RuleFor(x => x.Date).MustBeAnActivityDate()
            .Must(d => d <= VietnamClock.Today(clock)).WithText("follow-up-in-future");
    }
}

public sealed class RecordFollowUpHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RecordFollowUp, VisitDto>
{
    public async ValueTask<VisitDto> Handle(RecordFollowUp command, CancellationToken cancellationToken)
    {
        // Only the visited facility follows up; the tenant check is explicit because recommendations are shared with the province.
        var facilityId = user.FacilityId;
        var recommendation = await db.SupervisionRecommendations
            .SingleOrDefaultAsync(r => r.Id == command.RecommendationId && r.FacilityId == facilityId, cancellationToken)
            ?? throw new NotFoundException("SupervisionRecommendation", command.RecommendationId);
        db.Entry(recommendation).Property(r => r.Version).OriginalValue = command.Version;
        var visitClosed = await db.SupervisionVisits.AnyAsync(v => v.Id == recommendation.VisitId && v.Status == VisitStatus.Closed, cancellationToken);
        db.RecommendationFollowUps.Add(
            recommendation.FollowUp(visitClosed, command.Status, command.Note, command.Date, user.UserId, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return await GetSupervisionVisitHandler.ReadAsync(db, user, clock, recommendation.VisitId, cancellationToken);
    }
}
