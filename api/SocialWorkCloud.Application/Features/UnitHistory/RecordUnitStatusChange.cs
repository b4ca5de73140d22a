using SocialWorkCloud.Application.Features.Webhooks;
using SocialWorkCloud.Domain.Webhooks;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Features.Kpis;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Facilities;

namespace SocialWorkCloud.Application.Features.UnitHistory;

/// <summary>
/// The facility admin records a change of the unit's status with the decision that made it and its
/// effective date, which may lie in the past: KPIs as of any later date then count it, and the stored
/// snapshots from that date on are recomputed (through the outbox).
/// </summary>
[RequiresPermission(Permissions.UnitManage)]
public sealed record RecordUnitStatusChange(
    [property: JsonIgnore] Guid FacilityId, UnitStatus Status, DateOnly EffectiveDate, string? DecisionNumber, string? HeadName, int Headcount, string? Note)
    : ICommand<UnitStatusEntry>, IUnitStatusFields;

public sealed class RecordUnitStatusChangeValidator : AbstractValidator<RecordUnitStatusChange>
{
    public RecordUnitStatusChangeValidator(TimeProvider clock)
    {
        Include(new UnitStatusFieldsValidator(clock));
        RuleFor(x => x.Note).MaximumLength(2000);
    }
}

public sealed class RecordUnitStatusChangeHandler(AppDbContext db, ICurrentUser user, IOutbox outbox, TimeProvider clock)
    : ICommandHandler<RecordUnitStatusChange, UnitStatusEntry>
{
    public async ValueTask<UnitStatusEntry> Handle(RecordUnitStatusChange command, CancellationToken cancellationToken)
    {
        // Only the facility's own staff write its history; anyone else's id is "not found".
        var provinceId = user.FacilityId != command.FacilityId
            ? null
            : await db.Facilities.Where(f => f.Id == command.FacilityId).Select(f => (Guid?)f.ProvinceId).SingleOrDefaultAsync(cancellationToken);
        if (provinceId is null) throw new NotFoundException("Facility", command.FacilityId);

        // The tenant filter limits this to the caller's own facility.
        var history = new UnitStatusHistory(await db.UnitStatusChanges.AsNoTracking().ToListAsync(cancellationToken));
        UnitStatusChange entry;
        try
        {
            entry = history.Record(command.Facts(), command.Note, clock.GetUtcNow(), user.UserId);
        }
        catch (DomainRuleException e) when (e.Code == "unit-change-same-day")
        {
            throw new ConflictException(e.Code, e.Args.ToArray());
        }
        db.UnitStatusChanges.Add(entry);
        await KpiRunRequested.QueueAffectedSnapshotsAsync(db, outbox, clock, provinceId.Value, entry.EffectiveDate, user.UserId, cancellationToken);
        await outbox.PublishWebhookEventAsync(db, WebhookEventTypes.UnitStatusChanged, command.FacilityId, clock.GetUtcNow(),
            () => new { changeId = entry.Id, facilityId = command.FacilityId, entry.Status, entry.EffectiveDate }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return entry.ToDto(isInForce: true, await db.RecorderNamesAsync([entry.RecordedBy], cancellationToken));
    }
}

internal static class UnitStatusEntryMapping
{
    public static UnitStatusEntry ToDto(this UnitStatusChange e, bool isInForce, IReadOnlyDictionary<Guid, string> recorderNames) => new(
        e.Id, e.Status, e.EffectiveDate, e.DecisionNumber, e.HeadName, e.Headcount, e.Note, e.CorrectsId,
        e.CorrectionReason, e.IsRetraction, isInForce, e.RecordedAt, e.RecordedBy,
        e.RecordedBy is { } by ? recorderNames.GetValueOrDefault(by) : null);

    /// <summary>Who recorded entries, by name: a person (user) or a connected system (API client).</summary>
    public static Task<Dictionary<Guid, string>> RecorderNamesAsync(this AppDbContext db, IEnumerable<Guid?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        return db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).Select(u => new { u.Id, Name = u.FullName })
            .Concat(db.ApiClients.AsNoTracking().Where(c => wanted.Contains(c.Id)).Select(c => new { c.Id, c.Name }))
            .ToDictionaryAsync(x => x.Id, x => x.Name, ct);
    }
}
