using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>The unit head has seen an alert; it leaves the work list.</summary>
[RequiresPermission(Permissions.CasesSupervise)]
public sealed record AcknowledgeAlert(Guid AlertId) : ICommand;

public sealed class AcknowledgeAlertHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AcknowledgeAlert>
{
    public async ValueTask<Unit> Handle(AcknowledgeAlert command, CancellationToken cancellationToken)
    {
        var alert = await db.CaseAlerts.SingleOrDefaultAsync(a => a.Id == command.AlertId, cancellationToken)
            ?? throw new NotFoundException("Alert", command.AlertId);
        if (alert.AcknowledgedAt is null)
        {
            alert.AcknowledgedAt = clock.GetUtcNow();
            alert.AcknowledgedBy = user.UserId;
            await db.SaveChangesAsync(cancellationToken);
        }
        return Unit.Value;
    }
}
