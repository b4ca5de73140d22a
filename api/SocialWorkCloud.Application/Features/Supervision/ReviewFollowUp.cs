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
using SocialWorkCloud.Domain.Supervision;

namespace SocialWorkCloud.Application.Features.Supervision;

/// <summary>
/// The province officer reviews a "done" or "not feasible" follow-up: accepts it (the recommendation is
/// settled) or reopens it with a comment (the facility follows up again).
/// </summary>
[RequiresPermission(Permissions.SupervisionManage)]
public sealed record ReviewFollowUp([property: JsonIgnore] Guid RecommendationId, Guid Version, ReviewOutcome Outcome, string? Comment = null) : ICommand<VisitDto>;

public sealed class ReviewFollowUpValidator : AbstractValidator<ReviewFollowUp>
{
    public ReviewFollowUpValidator()
    {
        RuleFor(x => x.Version).NotEmpty();
        RuleFor(x => x.Outcome).IsInEnum();
        RuleFor(x => x.Comment).NotEmpty().When(x => x.Outcome == ReviewOutcome.Reopened)
            .WithText("reopen-reason-required");
        RuleFor(x => x.Comment).MaximumLength(2000);
    }
}

public sealed class ReviewFollowUpHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IOutbox outbox) : ICommandHandler<ReviewFollowUp, VisitDto>
{
    public async ValueTask<VisitDto> Handle(ReviewFollowUp command, CancellationToken cancellationToken)
    {
        var managed = db.SupervisionVisits.ManagedBy(user);
        var recommendation = await db.SupervisionRecommendations
            .SingleOrDefaultAsync(r => r.Id == command.RecommendationId && managed.Any(v => v.Id == r.VisitId), cancellationToken)
            ?? throw new NotFoundException("SupervisionRecommendation", command.RecommendationId);
        db.Entry(recommendation).Property(r => r.Version).OriginalValue = command.Version;
        db.RecommendationReviews.Add(recommendation.Review(command.Outcome, command.Comment, user.UserId, clock.GetUtcNow()));
        // Sent back to the facility: if it is due within days (or late), the unit head hears of it now.
        DeadlinesChanged.Publish(outbox, recommendation.FacilityId, DeadlineScope.Recommendations,
            recommendation.AcceptedAt is null && recommendation.Status is RecommendationStatus.Open or RecommendationStatus.InProgress
            && DeadlinesChanged.InWindow(recommendation.DueOn, clock, DeadlineJobs.DueSoonDays));
        await db.SaveChangesAsync(cancellationToken);
        return await GetSupervisionVisitHandler.ReadAsync(db, user, clock, recommendation.VisitId, cancellationToken);
    }
}
