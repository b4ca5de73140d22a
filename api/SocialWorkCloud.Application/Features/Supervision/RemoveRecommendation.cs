using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Supervision;

/// <summary>The province officer removes a recommendation written by mistake, while the visit is not closed.</summary>
[RequiresPermission(Permissions.SupervisionManage)]
public sealed record RemoveRecommendation(Guid RecommendationId) : ICommand<VisitDto>;

public sealed class RemoveRecommendationHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RemoveRecommendation, VisitDto>
{
    public async ValueTask<VisitDto> Handle(RemoveRecommendation command, CancellationToken cancellationToken)
    {
        var managed = db.SupervisionVisits.ManagedBy(user);
        var recommendation = await db.SupervisionRecommendations
            .SingleOrDefaultAsync(r => r.Id == command.RecommendationId && managed.Any(v => v.Id == r.VisitId), cancellationToken)
            ?? throw new NotFoundException("SupervisionRecommendation", command.RecommendationId);
        var visit = await SupervisionScope.ManagedVisitAsync(db, user, recommendation.VisitId, cancellationToken);
        visit.EnsureCanRemove(recommendation);
        db.SupervisionRecommendations.Remove(recommendation);
        await db.SaveChangesAsync(cancellationToken);
        return await GetSupervisionVisitHandler.ReadAsync(db, user, clock, visit.Id, cancellationToken);
    }
}
