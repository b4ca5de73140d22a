using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.PersonalData;

namespace SocialWorkCloud.Application.Features.PersonalData;

/// <summary>
/// The monthly retention review: per facility, inside its own tenant like the other jobs, it lists the records
/// past the retention period of their kind (<see cref="RetentionOptions"/>) for the unit head to review. It never
/// deletes: the unit head decides (erase or pseudonymise through the data-subject actions). Each run replaces the list.
/// </summary>
public sealed class RetentionJobs(AppDbContext db, TenantScope tenant, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<RetentionJobs> logger)
{
    public const string MonthlyJobId = "personal-data-retention-review";

    public async Task MonthlyAsync(CancellationToken cancellationToken)
    {
        var facilities = await db.Facilities.AsNoTracking().Select(f => f.Id).ToListAsync(cancellationToken);
        var total = 0;
        foreach (var facilityId in facilities) total += await ListDueAsync(facilityId, cancellationToken);
        logger.LogInformation("Retention review listed {Count} records due", total);
    }

    public async Task<int> ListDueAsync(Guid facilityId, CancellationToken cancellationToken)
    {
        using var _ = tenant.Enter(facilityId);
        var o = options.Value;
        var today = VietnamClock.Today(clock);
        var now = clock.GetUtcNow();
        var items = new List<RetentionDueItem>();
        void Add(RetentionRecordKind kind, Guid recordId, Guid? clientId, DateOnly since, int years)
        {
            var due = since.AddYears(years);
            if (due <= today)
                items.Add(new RetentionDueItem { Id = Guid.NewGuid(), Kind = kind, RecordId = recordId, ClientId = clientId, Since = since, DueOn = due, ListedAt = now });
        }

        var caseCutoff = today.AddYears(-o.ClosedCaseYears);
        foreach (var c in await db.Cases.AsNoTracking().Where(c => c.Stage == CaseStage.Closed && c.ClosedOn != null && c.ClosedOn <= caseCutoff)
                     .Select(c => new { c.Id, c.ClientId, ClosedOn = c.ClosedOn!.Value }).ToListAsync(cancellationToken))
            Add(RetentionRecordKind.ClosedCase, c.Id, c.ClientId, c.ClosedOn, o.ClosedCaseYears);

        var sessionCutoff = today.AddYears(-o.CounsellingSessionYears);
        foreach (var s in await db.CounsellingSessions.AsNoTracking().Where(s => s.CaseId == null && s.HeldOn <= sessionCutoff)
                     .Select(s => new { s.Id, s.ClientId, s.HeldOn }).ToListAsync(cancellationToken))
            Add(RetentionRecordKind.CounsellingSession, s.Id, s.ClientId, s.HeldOn, o.CounsellingSessionYears);

        var consentCutoff = today.AddYears(-o.WithdrawnConsentYears);
        foreach (var c in await db.ConsentRecords.AsNoTracking().Where(c => c.WithdrawnOn != null && c.WithdrawnOn <= consentCutoff)
                     .Select(c => new { c.Id, c.ClientId, WithdrawnOn = c.WithdrawnOn!.Value }).ToListAsync(cancellationToken))
            Add(RetentionRecordKind.WithdrawnConsent, c.Id, c.ClientId, c.WithdrawnOn, o.WithdrawnConsentYears);

        // A client nothing was recorded for since the cutoff (no open case, no case, session or service after it).
        var clientCutoff = today.AddYears(-o.InactiveClientYears);
        var cutoffAt = new DateTimeOffset(clientCutoff.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        foreach (var c in await db.Clients.AsNoTracking()
                     .Where(c => c.MergedIntoId == null && c.CreatedAt <= cutoffAt
                         && !db.Cases.Any(k => k.ClientId == c.Id && (k.Stage != CaseStage.Closed || k.OpenedOn > clientCutoff || k.ClosedOn > clientCutoff))
                         && !db.CounsellingSessions.Any(s => s.ClientId == c.Id && s.HeldOn > clientCutoff)
                         && !db.ServicesDelivered.Any(s => s.ClientId == c.Id && s.DeliveredOn > clientCutoff))
                     .Select(c => new { c.Id, c.CreatedAt }).ToListAsync(cancellationToken))
            Add(RetentionRecordKind.InactiveClient, c.Id, c.Id, DateOnly.FromDateTime(c.CreatedAt.UtcDateTime), o.InactiveClientYears);

        await db.RetentionDueItems.ExecuteDeleteAsync(cancellationToken);
        db.RetentionDueItems.AddRange(items);
        await db.SaveChangesAsync(cancellationToken);
        return items.Count;
    }
}

public sealed record RetentionDueItemDto(Guid Id, RetentionRecordKind Kind, Guid RecordId, Guid? ClientId, string? ClientName, DateOnly Since, DateOnly DueOn, DateTimeOffset ListedAt);

/// <summary>What the last monthly retention review listed for the facility: records past their retention period, to review.</summary>
[RequiresPermission(Permissions.PersonalDataManage)]
public sealed record ListRetentionDue : IQuery<IReadOnlyList<RetentionDueItemDto>>;

public sealed class ListRetentionDueHandler(AppDbContext db) : IQueryHandler<ListRetentionDue, IReadOnlyList<RetentionDueItemDto>>
{
    public async ValueTask<IReadOnlyList<RetentionDueItemDto>> Handle(ListRetentionDue query, CancellationToken cancellationToken) =>
        await db.RetentionDueItems.AsNoTracking().OrderBy(i => i.DueOn).ThenBy(i => i.Kind)
            .Select(i => new RetentionDueItemDto(i.Id, i.Kind, i.RecordId, i.ClientId,
                db.Clients.Where(c => c.Id == i.ClientId).Select(c => c.FullName).FirstOrDefault(), i.Since, i.DueOn, i.ListedAt))
            .Take(2000).ToListAsync(cancellationToken);
}
