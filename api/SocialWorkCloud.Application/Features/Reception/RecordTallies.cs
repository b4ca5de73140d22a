using SocialWorkCloud.Application.Features.Webhooks;
using SocialWorkCloud.Domain.Webhooks;
using SocialWorkCloud.Application.Common.Outbox;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using System.Text.Json;
using FluentValidation.Results;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Reception;

namespace SocialWorkCloud.Application.Features.Reception;

/// <summary>
/// Counts a batch of tally entries: the portal's taps (including a queue replayed after a network
/// loss) or a hospital information system's push. Entries whose id was already counted are skipped;
/// a batch sent again under the same Idempotency-Key is answered from the first time. An entry that undoes a tap
/// (the tally screen's undo) is stored as a compensating entry with the negative count: the ledger stays append-only.
/// </summary>
[RequiresPermission(Permissions.ReceptionRecord)]
public sealed record RecordTallies(IReadOnlyList<TallyEntry> Entries) : ICommand<TallyBatchResult>
{
    [JsonIgnore] public string? IdempotencyKey { get; init; }
}

public sealed class RecordTalliesValidator : AbstractValidator<RecordTallies>
{
    public const int MaxEntries = 5000;

    public RecordTalliesValidator(TimeProvider clock)
    {
        RuleFor(x => x.Entries).NotNull().ItemCount(1, MaxEntries)
            .WithText("tally-batch-size", MaxEntries);
        RuleFor(x => x.IdempotencyKey).MaximumLength(200).OverridePropertyName("Idempotency-Key");
        // One pass over the entries (a batch holds thousands): a rule object per entry would dominate the request's cost.
        RuleFor(x => x.Entries).Custom((entries, context) =>
        {
            if (entries is null) return;
            var latest = clock.GetUtcNow().AddMinutes(10);
            for (var i = 0; i < entries.Count; i++)
            {
                var e = entries[i];
                var at = $"entries[{i}].";
                if (e is null) context.AddFailure(new ValidationFailure($"entries[{i}]", TextCatalog.Get("tally-entry-empty")) { ErrorCode = "tally-entry-empty" });
                else
                {
                    if (e.Id == Guid.Empty) context.AddFailure(new ValidationFailure(at + "id", TextCatalog.Get("tally-entry-id-required")) { ErrorCode = "tally-entry-id-required" });
                    if (e.PointId == Guid.Empty) context.AddFailure(new ValidationFailure(at + "pointId", TextCatalog.Get("tally-point-required")) { ErrorCode = "tally-point-required" });
                    if (!Enum.IsDefined(e.Kind)) context.AddFailure(new ValidationFailure(at + "kind", TextCatalog.Get("tally-kind-unknown")) { ErrorCode = "tally-kind-unknown" });
                    if (e.Count is < 1 or > TallyEntry.MaxCount) context.AddFailure(new ValidationFailure(at + "count", TextCatalog.Get("tally-count-range")) { ErrorCode = "tally-count-range" });
                    if (e.OccurredAt.Year < 2000 || e.OccurredAt > latest)
                    {
                        context.AddFailure(new ValidationFailure(at + "occurredAt", TextCatalog.Get("tally-time-range")) { ErrorCode = "tally-time-range" });
                    }
                }
            }
        });
    }
}

public sealed class RecordTalliesHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IOutbox outbox) : ICommandHandler<RecordTallies, TallyBatchResult>
{
    public async ValueTask<TallyBatchResult> Handle(RecordTallies command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        string? bodyHash = null;
        if (command.IdempotencyKey is { Length: > 0 } key)
        {
            bodyHash = Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(command.Entries)));
            var earlier = await db.IdempotentRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Key == key, cancellationToken);
            if (earlier is not null)
            {
                return earlier.BodyHash == bodyHash
                    ? new TallyBatchResult(earlier.Accepted, earlier.Duplicates, Replayed: true)
                    : throw new BusinessRuleException("idempotency-key-reused");
            }
        }

        var pointIds = command.Entries.Select(e => e.PointId).Distinct().ToList();
        var known = new List<Guid>(pointIds.Count);
        await foreach (var id in KnownPoints.For(db)(db, pointIds).WithCancellation(cancellationToken)) known.Add(id);
        if (pointIds.Except(known).FirstOrDefault() is { } unknown && unknown != Guid.Empty)
        {
            throw new NotFoundException("ReceptionPoint", unknown);
        }

        var unique = command.Entries.DistinctBy(e => e.Id).ToList();
        var ids = unique.Select(e => e.Id).ToList();
        var seen = new HashSet<Guid>();
        await foreach (var id in Counted.For(db)(db, ids).WithCancellation(cancellationToken)) seen.Add(id);
        var source = user.IsApiClient ? TallySource.HospitalSystem : TallySource.Portal;
        var taps = unique.Where(e => !seen.Contains(e.Id) && e.Undoes is null).Select(e => new ReceptionTally
        {
            FacilityId = user.FacilityId ?? Guid.Empty, ClientEntryId = e.Id, PointId = e.PointId, Kind = e.Kind, Count = e.Count, OccurredAt = e.OccurredAt.ToUniversalTime(),
            Date = VietnamClock.DateOf(e.OccurredAt), Source = source, ReceivedAt = now, RecordedById = user.UserId,
        }).ToList();
        var fresh = taps.Concat(await TallyUndo.CompensateAsync(db, user, unique.Where(e => !seen.Contains(e.Id) && e.Undoes is not null).ToList(), taps, source, now, cancellationToken))
            .ToList();
        // New append-only rows: multi-row INSERTs past the change tracker (one statement for a batch of ten taps, not ten).
        await MultiRowInsert.InsertAsync(db, fresh, cancellationToken);

        var result = new TallyBatchResult(fresh.Count, command.Entries.Count - fresh.Count, Replayed: false);
        if (fresh.Count > 0)
        {
            // One event per batch: the contacts it added per day and kind.
            await outbox.PublishWebhookEventAsync(db, WebhookEventTypes.TallyRecorded, user.FacilityId ?? Guid.Empty, now, () => new
            {
                accepted = fresh.Count,
                counts = fresh.GroupBy(t => (t.Date, t.Kind)).OrderBy(g => g.Key.Date).ThenBy(g => g.Key.Kind)
                    .Select(g => new { date = g.Key.Date, kind = g.Key.Kind, contacts = g.Sum(t => t.Count) }).ToList(),
            }, cancellationToken);
        }
        if (command.IdempotencyKey is { Length: > 0 } newKey)
        {
            db.IdempotentRequests.Add(new IdempotentRequest
            {
                Id = Guid.NewGuid(), Key = newKey, BodyHash = bodyHash!, Accepted = result.Accepted, Duplicates = result.Duplicates, CreatedAt = now,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    // The batch's two reads, compiled (issue 19): no expression tree built, hashed and looked up per batch.
    private static readonly CompiledPerModel<Func<AppDbContext, List<Guid>, IAsyncEnumerable<Guid>>> KnownPoints = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, List<Guid> ids) => db.ReceptionPoints.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => p.Id)));

    private static readonly CompiledPerModel<Func<AppDbContext, List<Guid>, IAsyncEnumerable<Guid>>> Counted = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, List<Guid> ids) => db.ReceptionTallies.AsNoTracking().Where(t => ids.Contains(t.ClientEntryId)).Select(t => t.ClientEntryId)));
}
