using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>The unit head approves a distribution above the facility's threshold; to refuse one, reverse it with the reason.</summary>
[RequiresPermission(Permissions.FundraisingManage)]
public sealed record ApproveDistribution([property: JsonIgnore] Guid EntryId) : ICommand<LedgerEntryDto>;

public sealed class ApproveDistributionHandler(AppDbContext db, ICurrentUser user, IRequestOrigin origin, TimeProvider clock, IOutbox outbox)
    : ICommandHandler<ApproveDistribution, LedgerEntryDto>
{
    public async ValueTask<LedgerEntryDto> Handle(ApproveDistribution command, CancellationToken cancellationToken)
    {
        var entry = await db.LedgerEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == command.EntryId, cancellationToken)
            ?? throw new NotFoundException("Ledger entry", command.EntryId);
        if (!entry.NeedsApproval || entry.IsReversal)
        {
            throw new BusinessRuleException("no-approval-needed");
        }
        if (await db.LedgerEntries.AnyAsync(e => e.ReversesId == entry.Id, cancellationToken))
        {
            throw new BusinessRuleException("entry-reversed");
        }
        if (await db.DistributionApprovals.AnyAsync(a => a.EntryId == entry.Id, cancellationToken))
        {
            throw new ConflictException("already-approved");
        }
        db.DistributionApprovals.Add(new DistributionApproval { EntryId = entry.Id, ApprovedAt = clock.GetUtcNow(), ApprovedBy = user.UserId, ApprovedFromIp = origin.Address });
        await outbox.DistributionAnsweredAsync(db, user, entry, approved: true, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await Ledger.ToDtoAsync(db, user, clock, entry, cancellationToken);
    }
}
