using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Auditing;
using SocialWorkCloud.Application.Features.Cases;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>
/// Every save that adds hash-chained rows (audit entries, ledger entries) seals them first, inside a transaction:
/// the command's own, or — for a read that writes its audit entry — one opened here. New cases get their
/// number the same way (CaseNumbering), wherever they are added from.
/// </summary>
public partial class AppDbContext
{
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var chained = HashChainLinker.Pending(this);
        var unnumbered = CaseNumbering.Pending(this);
        if (chained.Count == 0 && unnumbered.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (Database.CurrentTransaction is not null)
        {
            if (unnumbered.Count > 0) await CaseNumbering.AssignAsync(this, unnumbered, cancellationToken);
            if (chained.Count > 0) await HashChainLinker.LinkAsync(this, chained, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        var saved = await Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await Database.BeginTransactionAsync(ct);
            if (unnumbered.Count > 0) await CaseNumbering.AssignAsync(this, unnumbered, ct);
            if (chained.Count > 0) await HashChainLinker.LinkAsync(this, chained, ct);
            var count = await base.SaveChangesAsync(false, ct);
            await transaction.CommitAsync(ct);
            return count;
        }, cancellationToken);
        if (acceptAllChangesOnSuccess) ChangeTracker.AcceptAllChanges();
        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (HashChainLinker.Pending(this).Count > 0 || CaseNumbering.Pending(this).Count > 0)
            throw new InvalidOperationException("Hash-chained rows and new cases are sealed by SaveChangesAsync only.");
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }
}
