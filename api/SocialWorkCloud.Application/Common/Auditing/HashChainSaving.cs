using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Auditing;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>
/// Every save that adds hash-chained rows (audit entries, ledger entries) seals them first, inside a transaction:
/// the command's own, or — for a read that writes its audit entry — one opened here.
/// </summary>
public partial class AppDbContext
{
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var chained = HashChainLinker.Pending(this);
        if (chained.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (Database.CurrentTransaction is not null)
        {
            await HashChainLinker.LinkAsync(this, chained, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        var saved = await Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await Database.BeginTransactionAsync(ct);
            await HashChainLinker.LinkAsync(this, chained, ct);
            var count = await base.SaveChangesAsync(false, ct);
            await transaction.CommitAsync(ct);
            return count;
        }, cancellationToken);
        if (acceptAllChangesOnSuccess) ChangeTracker.AcceptAllChanges();
        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (HashChainLinker.Pending(this).Count > 0)
            throw new InvalidOperationException("Hash-chained rows are sealed by SaveChangesAsync only.");
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }
}
