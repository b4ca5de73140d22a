using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Targets;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>
/// Sets a target for an indicator and a year, for a facility group or for one facility of the province
/// (exactly one of the two). A second target for the same indicator, year and group or facility is a 409.
/// </summary>
[RequiresPermission(Permissions.TargetsManage)]
public sealed record CreateTarget(
    [property: JsonIgnore] Guid ProvinceId, int Year, string IndicatorCode, FacilityGroup? FacilityGroup, Guid? FacilityId, decimal Value)
    : ICommand<TargetDto>;

public sealed class CreateTargetValidator : AbstractValidator<CreateTarget>
{
    public CreateTargetValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.IndicatorCode).MaximumLength(64);
        RuleFor(x => x.IndicatorCode).Must(IndicatorCatalogue.Exists).WithText("indicator-unknown");
        RuleFor(x => x.FacilityGroup).IsInEnum();
        RuleFor(x => x.FacilityId).Must((x, id) => (id is null) != (x.FacilityGroup is null))
            .WithText("target-group-or-facility");
        RuleFor(x => x.FacilityGroup)
            .Must((x, g) => g is null || IndicatorCatalogue.Find(x.IndicatorCode) is not { } d || d.AppliesTo(g.Value))
            .WithText("indicator-not-for-group");
        RuleFor(x => x.Value).Must((x, v) => TargetRules.FitsUnit(x.IndicatorCode, v)).WithText("target-value-out-of-range");
    }
}

public sealed class CreateTargetHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CreateTarget, TargetDto>
{
    public async ValueTask<TargetDto> Handle(CreateTarget command, CancellationToken cancellationToken)
    {
        await TargetRules.EnsureProvinceAsync(db, user, command.ProvinceId, cancellationToken);
        var indicator = IndicatorCatalogue.Get(command.IndicatorCode);
        if (command.FacilityId is { } facilityId)
        {
            // Only a facility of this province; another province's facility does not exist for the caller.
            var facility = await db.Facilities.AsNoTracking().VisibleTo(user)
                .Where(f => f.Id == facilityId && f.ProvinceId == command.ProvinceId).Select(f => new { f.Type }).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Facility", facilityId);
            if (!indicator.AppliesTo(facility.Type.Group()))
                throw new BusinessRuleException("indicator-not-applicable");
        }
        var duplicate = await db.IndicatorTargets.AnyAsync(t => t.ProvinceId == command.ProvinceId && t.Year == command.Year
            && t.IndicatorCode == command.IndicatorCode && t.FacilityGroup == command.FacilityGroup && t.FacilityId == command.FacilityId, cancellationToken);
        if (duplicate)
            throw new ConflictException("target-exists");
        var now = clock.GetUtcNow();
        var target = new IndicatorTarget
        {
            Id = Guid.NewGuid(), ProvinceId = command.ProvinceId, Year = command.Year, IndicatorCode = command.IndicatorCode,
            FacilityGroup = command.FacilityGroup, FacilityId = command.FacilityId, Value = command.Value, CreatedAt = now, CreatedBy = user.UserId, UpdatedAt = now,
        };
        db.IndicatorTargets.Add(target);
        await db.SaveChangesAsync(cancellationToken);
        return await TargetRules.Project(db, db.IndicatorTargets.Where(t => t.Id == target.Id)).SingleAsync(cancellationToken);
    }
}
