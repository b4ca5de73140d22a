using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Commendations;

/// <summary>The unit head discards a draft nomination (a submitted one stays on record).</summary>
[RequiresPermission(Permissions.CommendationsNominate)]
public sealed record DeleteNomination(Guid NominationId) : ICommand;

public sealed class DeleteNominationHandler(AppDbContext db) : ICommandHandler<DeleteNomination>
{
    public async ValueTask<Unit> Handle(DeleteNomination command, CancellationToken cancellationToken)
    {
        var nomination = await db.Nominations.SingleOrDefaultAsync(n => n.Id == command.NominationId, cancellationToken)
            ?? throw new NotFoundException("Nomination", command.NominationId);
        nomination.EnsureCanBeDiscarded();
        db.Nominations.Remove(nomination);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
