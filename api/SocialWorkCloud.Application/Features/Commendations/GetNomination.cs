using Mediator;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Commendations;

/// <summary>One nomination with its decision, in the caller's scope.</summary>
[RequiresPermission(Permissions.CommendationsRead)]
public sealed record GetNomination(Guid NominationId) : IQuery<NominationDto>;

public sealed class GetNominationHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<GetNomination, NominationDto>
{
    public async ValueTask<NominationDto> Handle(GetNomination query, CancellationToken cancellationToken) =>
        (await CommendationScope.ProjectAsync(db, db.NominationsVisibleTo(user).Where(n => n.Id == query.NominationId), cancellationToken)).SingleOrDefault()
        ?? throw new NotFoundException("Nomination", query.NominationId);
}
