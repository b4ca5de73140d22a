using SocialWorkCloud.Application.Features.UnitHistory;
using SocialWorkCloud.Domain.Facilities;

namespace SocialWorkCloud.UnitTests.Features.UnitHistory;

public class RecordUnitStatusChangeValidatorTests
{
    private readonly RecordUnitStatusChangeValidator _validator = new(TimeProvider.System);

    private static RecordUnitStatusChange Valid() =>
        new(Guid.NewGuid(), UnitStatus.Department, new DateOnly(2025, 3, 23), "QĐ 512/QĐ-BV", "Lê Văn Minh", 7, null);

    [Fact]
    public void A_department_with_its_decision_is_valid() => _validator.Validate(Valid()).IsValid.ShouldBeTrue();

    [Fact]
    public void Oversize_text_is_refused()
    {
        var result = _validator.Validate(Valid() with { DecisionNumber = new string('x', 101), Note = new string('y', 2001) });
        result.Errors.Select(e => e.PropertyName).ShouldBe(["DecisionNumber", "Note"], ignoreOrder: true);
    }

    [Fact]
    public void Headcount_cannot_be_negative() =>
        _validator.Validate(Valid() with { Headcount = -1 }).Errors.ShouldContain(e => e.PropertyName == "Headcount");

    [Fact]
    public void Correction_needs_a_reason()
    {
        var validator = new CorrectUnitStatusChangeValidator(TimeProvider.System);
        var correction = new CorrectUnitStatusChange(Guid.NewGuid(), Guid.NewGuid(), "", true, UnitStatus.None, default, null, null, 0, null);
        validator.Validate(correction).Errors.Select(e => e.PropertyName).ShouldBe(["Reason"]);
    }
}
