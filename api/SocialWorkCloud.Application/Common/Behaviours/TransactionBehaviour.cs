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

        TResponse response;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                response = await next(message, cancellationToken);
                if (outbox.HasUnsaved) await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch
            {
                outbox.Discard();
                throw;
            }
        }
        await dispatcher.DispatchPublishedAsync();
        return response;
    }
}
