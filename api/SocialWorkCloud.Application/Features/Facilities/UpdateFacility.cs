using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Facilities;

/// <summary>Edits a facility's registry profile. The version read with it must still be current (else 409).</summary>
[RequiresPermission(Permissions.FacilitiesManage)]
public sealed record UpdateFacility(
    [property: JsonIgnore] Guid FacilityId, Guid Version, string Name, FacilityType Type, Ownership Ownership, string? CommuneWard,
    string? AddressDetail, string? Phone, int MedicalStaffCount, DateOnly? EstablishedOn, DateOnly? ClosedOn, string? CommuneCode = null, HospitalLevel? HospitalLevel = null)
    : ICommand<FacilityProfile>;

public sealed class UpdateFacilityValidator : AbstractValidator<UpdateFacility>
{
    public UpdateFacilityValidator()
    {
        RuleFor(x => x.Version).NotEmpty();
        RuleFor(x => x.Name).NotEmpty().MaximumLength(300);
        RuleFor(x => x.Type).IsInEnum();
        RuleFor(x => x.Ownership).IsInEnum();
        RuleFor(x => x.CommuneWard).MaximumLength(200);
        RuleFor(x => x.AddressDetail).MaximumLength(500);
        RuleFor(x => x.Phone).MaximumLength(32);
        RuleFor(x => x.CommuneCode).MaximumLength(5); // the national commune code; an unknown one is a 422 (PlaceRules)
        RuleFor(x => x.MedicalStaffCount).InclusiveBetween(0, 100_000);
        RuleFor(x => x.HospitalLevel).HospitalLevelFits(x => x.Type);
        RuleFor(x => x.ClosedOn).GreaterThan(x => x.EstablishedOn).When(x => x.ClosedOn is not null && x.EstablishedOn is not null);
    }
}

public sealed class UpdateFacilityHandler(AppDbContext db, ICurrentUser user, IMediator mediator) : ICommandHandler<UpdateFacility, FacilityProfile>
{
    public async ValueTask<FacilityProfile> Handle(UpdateFacility command, CancellationToken cancellationToken)
    {
        var facility = await db.Facilities.VisibleTo(user).SingleOrDefaultAsync(f => f.Id == command.FacilityId, cancellationToken)
            ?? throw new NotFoundException("Facility", command.FacilityId);

        var placeCode = await db.Provinces.Where(p => p.Id == facility.ProvinceId).Select(p => p.PlaceCode).SingleAsync(cancellationToken);
        var commune = await FacilityPlaces.CommuneInProvinceAsync(db, command.CommuneCode, placeCode, cancellationToken);
        db.Entry(facility).Property(f => f.Version).OriginalValue = command.Version;
        facility.Name = command.Name.Trim();
        facility.SearchName = VietnameseText.Fold(command.Name);
        facility.Type = command.Type;
        facility.Ownership = command.Ownership;
        facility.HospitalLevel = command.HospitalLevel;
        facility.CommuneCode = commune?.Code;
        facility.CommuneWard = commune?.Name ?? command.CommuneWard?.Trim();
        facility.AddressDetail = command.AddressDetail?.Trim();
        facility.Phone = command.Phone?.Trim();
        facility.MedicalStaffCount = command.MedicalStaffCount;
        facility.EstablishedOn = command.EstablishedOn;
        facility.ClosedOn = command.ClosedOn;
        await db.SaveChangesAsync(cancellationToken);

        return await mediator.Send(new GetFacility(facility.Id), cancellationToken);
    }
}
