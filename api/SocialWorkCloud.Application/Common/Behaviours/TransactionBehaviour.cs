using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Common.Behaviours;

/// <summary>
/// Wraps each command in one database transaction, so a command that fails half-way writes nothing.
/// Queries run without one.
/// </summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(AppDbContext db) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null) return await next(message, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next(message, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
