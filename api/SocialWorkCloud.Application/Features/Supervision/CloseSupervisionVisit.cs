using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Application.Persistence;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Supervision;

namespace SocialWorkCloud.Application.Features.Supervision;

/// <summary>
/// The province officer closes a conducted visit (the minutes are issued): its findings and
/// recommendations are final and the facility follows up on each recommendation.
/// </summary>
[RequiresPermission(Permissions.SupervisionManage)]
public sealed record CloseSupervisionVisit([property: JsonIgnore] Guid VisitId, Guid Version) : ICommand<VisitDto>;

public sealed class CloseSupervisionVisitValidator : AbstractValidator<CloseSupervisionVisit>
{
    public CloseSupervisionVisitValidator() => RuleFor(x => x.Version).NotEmpty();
}

public sealed class CloseSupervisionVisitHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IOutbox outbox) : ICommandHandler<CloseSupervisionVisit, VisitDto>
{
    public async ValueTask<VisitDto> Handle(CloseSupervisionVisit command, CancellationToken cancellationToken)
    {
        var visit = await SupervisionScope.ManagedVisitAsync(db, user, command.VisitId, cancellationToken);
        db.Entry(visit).Property(v => v.Version).OriginalValue = command.Version;
        visit.Close(clock.GetUtcNow());
        // The minutes make its recommendations final: one due within days (or already late) reaches the unit head now.
        var dueDates = await db.SupervisionRecommendations.AsNoTracking().Where(r => r.VisitId == visit.Id).Select(r => r.DueOn).ToListAsync(cancellationToken);
        DeadlinesChanged.Publish(outbox, visit.FacilityId, DeadlineScope.Recommendations,
            dueDates.Exists(d => DeadlinesChanged.InWindow(d, clock, DeadlineJobs.DueSoonDays)));
        await db.SaveChangesAsync(cancellationToken);
        return await GetSupervisionVisitHandler.ReadAsync(db, user, clock, visit.Id, cancellationToken);
    }
}
