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
/// Corrects an entry of the unit's history without erasing it: a new entry replaces it (or, with
/// <c>Retract</c>, withdraws it), and the original stays visible with the reason.
/// </summary>
[RequiresPermission(Permissions.UnitManage)]
public sealed record CorrectUnitStatusChange(
    [property: JsonIgnore] Guid FacilityId, [property: JsonIgnore] Guid ChangeId, string Reason, bool Retract,
    UnitStatus Status, DateOnly EffectiveDate, string? DecisionNumber, string? HeadName, int Headcount, string? Note)
    : ICommand<UnitStatusEntry>, IUnitStatusFields;

public sealed class CorrectUnitStatusChangeValidator : AbstractValidator<CorrectUnitStatusChange>
{
    public CorrectUnitStatusChangeValidator(TimeProvider clock)
    {
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(1000);
        // A retraction only withdraws the entry: the other fields are not read.
        When(x => !x.Retract, () => Include(new UnitStatusFieldsValidator(clock)));
        RuleFor(x => x.Note).MaximumLength(2000);
    }
}

public sealed class CorrectUnitStatusChangeHandler(AppDbContext db, ICurrentUser user, IOutbox outbox, TimeProvider clock)
    : ICommandHandler<CorrectUnitStatusChange, UnitStatusEntry>
{
    public async ValueTask<UnitStatusEntry> Handle(CorrectUnitStatusChange command, CancellationToken cancellationToken)
    {
        if (user.FacilityId != command.FacilityId) throw new NotFoundException("Unit status change", command.ChangeId);

        // The tenant filter limits this to the caller's own facility.
        var history = new UnitStatusHistory(await db.UnitStatusChanges.AsNoTracking().ToListAsync(cancellationToken));
        if (history.Entries.All(e => e.Id != command.ChangeId)) throw new NotFoundException("Unit status change", command.ChangeId);
        UnitStatusChange correction;
        try
        {
            correction = command.Retract
                ? history.Retract(command.ChangeId, command.Reason, command.Note, clock.GetUtcNow(), user.UserId)
                : history.Correct(command.ChangeId, command.Facts(), command.Reason, command.Note, clock.GetUtcNow(), user.UserId);
        }
        catch (DomainRuleException e) when (e.Code == "unit-change-corrected")
        {
            throw new ConflictException(e.Code, e.Args.ToArray());
        }
        db.UnitStatusChanges.Add(correction);
        // The snapshots from the earlier of the two dates on counted the corrected entry or will count the correction.
        var original = history.Entries.Single(e => e.Id == command.ChangeId);
        var from = original.EffectiveDate < correction.EffectiveDate ? original.EffectiveDate : correction.EffectiveDate;
        var provinceId = await db.Facilities.Where(f => f.Id == command.FacilityId).Select(f => f.ProvinceId).SingleAsync(cancellationToken);
        await KpiRunRequested.QueueAffectedSnapshotsAsync(db, outbox, clock, provinceId, from, user.UserId, cancellationToken);
        // The unique index on CorrectsId turns a simultaneous second correction into a 409.
        await db.SaveChangesAsync(cancellationToken);
        return correction.ToDto(isInForce: !command.Retract, await db.RecorderNamesAsync([correction.RecordedBy], cancellationToken));
    }
}
