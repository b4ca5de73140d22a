using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Common.Behaviours;

/// <summary>
/// Wraps each command in one database transaction, so a command that fails half-way writes nothing.
/// What the command published to the outbox is saved inside that transaction and dispatched as
/// background jobs only after it commits (a rolled-back command leaves no job and no row).
/// Queries run without one.
/// </summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(AppDbContext db, TransactionalOutbox outbox, OutboxDispatcher dispatcher) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null) return await next(message, cancellationToken);

        // The execution strategy may run the whole command again after a failure it knows did not commit
        // (a connection never opened, a deadlock or serialisation victim): each attempt starts from a clean
        // change tracker and outbox, as if it were the first.
        var attempt = 0;
        var response = await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            if (attempt++ > 0) db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var result = await next(message, ct);
                if (outbox.HasUnsaved) await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return result;
            }
            catch
            {
                outbox.Discard();
                throw;
            }
        }, cancellationToken);
        await dispatcher.DispatchPublishedAsync();
        return response;
    }
}
