using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Users;

namespace SocialWorkCloud.UnitTests.Features.Users;

public class CreateUserValidatorTests
{
    private readonly CreateUserValidator _validator = new();

    [Fact]
    public void A_province_officer_belongs_to_a_province_only()
    {
        _validator.Validate(new CreateUser("a@b.vn", "A", UserRole.ProvinceOfficer, null, null)).Errors
            .ShouldContain(e => e.PropertyName == "ProvinceId");
        _validator.Validate(new CreateUser("a@b.vn", "A", UserRole.ProvinceOfficer, Guid.NewGuid(), Guid.NewGuid())).Errors
            .ShouldContain(e => e.PropertyName == "FacilityId");
    }

    [Fact]
    public void Facility_staff_are_not_bound_to_a_province() =>
        _validator.Validate(new CreateUser("a@b.vn", "A", UserRole.SocialWorker, null, Guid.NewGuid())).Errors
            .ShouldContain(e => e.PropertyName == "ProvinceId");

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("")]
    public void The_email_must_be_an_email(string email) =>
        _validator.Validate(new CreateUser(email, "A", UserRole.SocialWorker, null, null)).Errors.ShouldContain(e => e.PropertyName == "Email");

    [Fact]
    public void Roles_a_facility_admin_may_grant_stay_inside_the_facility() =>
        RolePermissions.AssignableBy(UserRole.FacilityAdmin).ShouldBe([UserRole.FacilityAdmin, UserRole.SocialWorker, UserRole.Collaborator]);

    [Fact]
    public void A_collaborator_reads_the_registry_tallies_and_works_only_the_cases_assigned_to_them()
    {
        // cases.work without cases.read-facility: the case queries narrow a collaborator to the assigned cases. They log the
        // communication, charity and counselling they took part in (issue 18), but neither export the case list nor read clients.
        RolePermissions.For(UserRole.Collaborator).ShouldBe(
            [Permissions.FacilitiesRead, Permissions.ReceptionRecord, Permissions.CasesWork, Permissions.ActivitiesLog, Permissions.CounsellingRecord], ignoreOrder: true);
        RolePermissions.For(UserRole.Collaborator).ShouldNotContain(Permissions.ClientsRead);
        RolePermissions.For(UserRole.Collaborator).ShouldNotContain(Permissions.CasesExport);
        RolePermissions.For(UserRole.ProvinceOfficer).ShouldNotContain(Permissions.UnitManage);
    }
}
