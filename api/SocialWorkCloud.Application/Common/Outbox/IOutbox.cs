using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Common.Outbox;

/// <summary>A message that leaves a transaction through the outbox. Each needs a stable <see cref="OutboxMessageTypeAttribute"/> name and one <see cref="IOutboxHandler{TMessage}"/>.</summary>
public interface IOutboxMessage;

/// <summary>
/// The stable name an outbox message is stored under. It outlives the CLR type's name: rename the
/// class freely, never the name (rows written by an older build must still find their handler).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OutboxMessageTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>
/// Turns a committed message into background work (a Hangfire job) and returns the job's id. Handlers
/// are found by reflection: a new kind of message is a record and a handler next to its feature, and no
/// central list changes. Dispatch must only enqueue (it runs after the commit, outside any transaction);
/// a message may be dispatched more than once after a crash, so the work it starts must be idempotent.
/// </summary>
public interface IOutboxHandler<in TMessage> where TMessage : IOutboxMessage
{
    string Dispatch(TMessage message);
}

/// <summary>Publishes work from inside a command: the row is saved with the command's changes and dispatched after its commit.</summary>
public interface IOutbox
{
    /// <summary>Adds the message to the unit of work (saved by the next SaveChanges) and returns its id.</summary>
    Guid Publish<TMessage>(TMessage message, Guid? facilityId = null) where TMessage : IOutboxMessage;
}

/// <summary>The scope's outbox: remembers what this scope published so the dispatcher can send exactly those rows after the commit.</summary>
public sealed class TransactionalOutbox(AppDbContext db, TimeProvider clock) : IOutbox
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly List<OutboxMessage> _published = [];

    public Guid Publish<TMessage>(TMessage message, Guid? facilityId = null) where TMessage : IOutboxMessage
    {
        var row = new OutboxMessage
        {
            Id = Guid.NewGuid(),
            Type = OutboxRegistry.NameOf(typeof(TMessage)),
            Payload = JsonSerializer.Serialize(message, Json),
            FacilityId = facilityId,
            CreatedAt = clock.GetUtcNow(),
        };
        db.OutboxMessages.Add(row);
        _published.Add(row);
        return row.Id;
    }

    /// <summary>Whether a published message is still only in memory (the handler published after its last save).</summary>
    internal bool HasUnsaved => _published.Exists(m => db.Entry(m).State == EntityState.Added);

    /// <summary>The messages this scope published and saved, handed over once to the dispatcher.</summary>
    internal IReadOnlyList<OutboxMessage> TakePublished()
    {
        var saved = _published.Where(m => db.Entry(m).State != EntityState.Added).ToList();
        _published.Clear();
        return saved;
    }

    /// <summary>Forgets what was published (the transaction rolled back: the rows are gone).</summary>
    internal void Discard() => _published.Clear();
}
