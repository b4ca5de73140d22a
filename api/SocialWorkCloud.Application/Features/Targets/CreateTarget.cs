using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
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
        RuleFor(x => x.IndicatorCode).Must(IndicatorCatalogue.Exists).WithMessage(TargetRules.IndicatorMessage);
        RuleFor(x => x.FacilityGroup).IsInEnum();
        RuleFor(x => x.FacilityId).Must((x, id) => (id is null) != (x.FacilityGroup is null))
            .WithMessage("Chọn một nhóm cơ sở hoặc một cơ sở (chỉ một). / Choose a facility group or one facility (exactly one).");
        RuleFor(x => x.FacilityGroup)
            .Must((x, g) => g is null || IndicatorCatalogue.Find(x.IndicatorCode) is not { } d || d.AppliesTo(g.Value))
            .WithMessage("Chỉ số này không áp dụng cho nhóm cơ sở đã chọn. / This indicator does not apply to the chosen facility group.");
        RuleFor(x => x.Value).Must((x, v) => TargetRules.FitsUnit(x.IndicatorCode, v)).WithMessage(TargetRules.ValueMessage);
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
                throw new BusinessRuleException("indicator-not-applicable",
                    "Chỉ số này không áp dụng cho loại cơ sở này. / This indicator does not apply to this kind of facility.");
        }
        var duplicate = await db.IndicatorTargets.AnyAsync(t => t.ProvinceId == command.ProvinceId && t.Year == command.Year
            && t.IndicatorCode == command.IndicatorCode && t.FacilityGroup == command.FacilityGroup && t.FacilityId == command.FacilityId, cancellationToken);
        if (duplicate)
            throw new ConflictException("Chỉ tiêu này đã được đặt; hãy sửa chỉ tiêu hiện có. / This target is already set; edit the existing one.");
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
