using SocialWorkCloud.Application.Common.Auditing;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.UnitHistory;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Facilities;

public sealed record InitialUnitStatus(UnitStatus Status, DateOnly EffectiveDate, string? DecisionNumber, string? HeadName, int Headcount) : IUnitStatusFields;

/// <summary>Onboards a facility (a new tenant) into a province, optionally with its unit's current status.</summary>
[RequiresPermission(Permissions.FacilitiesManage)]
public sealed record RegisterFacility(
    Guid ProvinceId, string Code, string Name, FacilityType Type, Ownership Ownership,
    string? CommuneWard, string? AddressDetail, string? Phone, int MedicalStaffCount,
    DateOnly? EstablishedOn, InitialUnitStatus? InitialUnit, string? CommuneCode = null, HospitalLevel? HospitalLevel = null) : ICommand<FacilitySummary>;

public sealed class RegisterFacilityValidator : AbstractValidator<RegisterFacility>
{
    public RegisterFacilityValidator(TimeProvider clock)
    {
        RuleFor(x => x.ProvinceId).NotEmpty();
        RuleFor(x => x.Code).NotEmpty().MaximumLength(32).Matches("^[A-Za-z0-9._-]+$")
            .WithText("facility-code-format");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(300);
        RuleFor(x => x.Type).IsInEnum();
        RuleFor(x => x.Ownership).IsInEnum();
        RuleFor(x => x.CommuneWard).MaximumLength(200);
        RuleFor(x => x.AddressDetail).MaximumLength(500);
        RuleFor(x => x.Phone).MaximumLength(32);
        RuleFor(x => x.CommuneCode).MaximumLength(5); // the national commune code; an unknown one is a 422 (PlaceRules)
        RuleFor(x => x.MedicalStaffCount).InclusiveBetween(0, 100_000);
        RuleFor(x => x.Ownership).Equal(Ownership.Private).When(x => x.Type == FacilityType.PrivateHospital)
            .WithText("private-hospital-ownership");
        RuleFor(x => x.HospitalLevel).HospitalLevelFits(x => x.Type);
        When(x => x.InitialUnit is not null, () =>
        {
            RuleFor(x => x.InitialUnit!).SetValidator(new UnitStatusFieldsValidator(clock));
        });
    }
}

public sealed class RegisterFacilityHandler(AppDbContext db, TenantScope tenant, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RegisterFacility, FacilitySummary>
{
    public async ValueTask<FacilitySummary> Handle(RegisterFacility command, CancellationToken cancellationToken)
    {
        var province = await db.Provinces.AsNoTracking().Where(p => p.Id == command.ProvinceId).Select(p => new { p.PlaceCode }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Province", command.ProvinceId);
        var commune = await FacilityPlaces.CommuneInProvinceAsync(db, command.CommuneCode, province.PlaceCode, cancellationToken);
        var code = command.Code.Trim().ToUpperInvariant();
        if (await db.Facilities.AnyAsync(f => f.ProvinceId == command.ProvinceId && f.Code == code, cancellationToken))
        {
            throw new ConflictException("facility-code-exists", code);
        }

        var facility = new Facility
        {
            Id = Guid.NewGuid(),
            ProvinceId = command.ProvinceId,
            Code = code,
            Name = command.Name.Trim(),
            SearchName = VietnameseText.Fold(command.Name),
            Type = command.Type,
            Ownership = command.Ownership,
            HospitalLevel = command.HospitalLevel,
            CommuneCode = commune?.Code,
            CommuneWard = commune?.Name ?? command.CommuneWard?.Trim(),
            AddressDetail = command.AddressDetail?.Trim(),
            Phone = command.Phone?.Trim(),
            MedicalStaffCount = command.MedicalStaffCount,
            EstablishedOn = command.EstablishedOn,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Facilities.Add(facility);
        db.AuditPlatform(user, clock, "facility.register", "Facility", facility.Id, facility.Code);

        var status = UnitStatus.None;
        DateOnly? since = null;
        if (command.InitialUnit is { } unit)
        {
            // Onboarding writes the new tenant's first record, explicitly inside that tenant.
            using var _ = tenant.Enter(facility.Id);
            // The entry carries no note: "recorded at onboarding" is what its recorder and time say (no sentence stored as data).
            var first = UnitStatusChange.Record(unit.Facts(), note: null, clock.GetUtcNow(), user.UserId);
            first.FacilityId = facility.Id;
            db.UnitStatusChanges.Add(first);
            await db.SaveChangesAsync(cancellationToken);
            if (unit.EffectiveDate <= VietnamClock.Today(clock))
            {
                status = unit.Status;
                since = unit.EffectiveDate;
            }
        }
        else
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new FacilitySummary(facility.Id, facility.ProvinceId, facility.Code, facility.Name, facility.Type, facility.Group,
            facility.Ownership, facility.CommuneWard, facility.MedicalStaffCount, status, since, facility.HospitalLevel);
    }
}
