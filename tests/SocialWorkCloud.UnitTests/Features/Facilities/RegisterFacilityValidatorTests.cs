using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Domain.Facilities;

namespace SocialWorkCloud.UnitTests.Features.Facilities;

public class RegisterFacilityValidatorTests
{
    private readonly RegisterFacilityValidator _validator = new(TimeProvider.System);

    private static RegisterFacility Valid() => new(Guid.NewGuid(), "BV-01", "Bệnh viện Đa khoa Hòa Bình", FacilityType.PublicHospital,
        Ownership.Public, "Phường Ba Đình", null, null, 300, null, new InitialUnitStatus(UnitStatus.Team, new DateOnly(2020, 1, 1), "QĐ 12/QĐ-BV", "Trưởng tổ", 5));

    [Fact]
    public void A_complete_facility_is_valid() => _validator.Validate(Valid()).IsValid.ShouldBeTrue();

    [Fact]
    public void A_team_or_department_needs_its_decision_number()
    {
        var result = _validator.Validate(Valid() with { InitialUnit = Valid().InitialUnit! with { DecisionNumber = null } });
        result.Errors.Select(e => e.PropertyName).ShouldContain("InitialUnit.DecisionNumber");
    }

    [Fact]
    public void Collaborators_only_needs_no_decision() =>
        _validator.Validate(Valid() with { InitialUnit = new InitialUnitStatus(UnitStatus.CollaboratorsOnly, new DateOnly(2020, 1, 1), null, null, 2) })
            .IsValid.ShouldBeTrue();

    [Theory]
    [InlineData("")]
    [InlineData("mã có dấu")]
    [InlineData("A-CODE-THAT-IS-FAR-TOO-LONG-FOR-THE-REGISTRY")]
    public void Codes_are_short_plain_identifiers(string code) =>
        _validator.Validate(Valid() with { Code = code }).Errors.ShouldContain(e => e.PropertyName == "Code");

    [Fact]
    public void A_private_hospital_is_privately_owned() =>
        _validator.Validate(Valid() with { Type = FacilityType.PrivateHospital }).Errors.ShouldContain(e => e.PropertyName == "Ownership");

    [Fact]
    public void Unknown_enum_values_are_refused() =>
        _validator.Validate(Valid() with { Type = (FacilityType)99 }).Errors.ShouldContain(e => e.PropertyName == "Type");

    [Fact]
    public void Effective_dates_before_2000_or_over_a_year_ahead_are_refused()
    {
        _validator.Validate(Valid() with { InitialUnit = Valid().InitialUnit! with { EffectiveDate = new DateOnly(1999, 12, 31) } }).IsValid.ShouldBeFalse();
        _validator.Validate(Valid() with { InitialUnit = Valid().InitialUnit! with { EffectiveDate = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(2) } }).IsValid.ShouldBeFalse();
    }
}
