using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.ApiClients;

namespace SocialWorkCloud.UnitTests.Features.ApiClients;

public class CreateApiClientValidatorTests
{
    private readonly CreateApiClientValidator _validator = new();

    [Fact]
    public void Scopes_are_read_and_write_only() =>
        _validator.Validate(new CreateApiClient("HIS", ["read", "admin"], Guid.NewGuid(), null)).IsValid.ShouldBeFalse();

    [Fact]
    public void A_client_is_bound_to_a_facility_or_a_province_not_both() =>
        _validator.Validate(new CreateApiClient("HIS", ["read"], Guid.NewGuid(), Guid.NewGuid())).IsValid.ShouldBeFalse();

    [Fact]
    public void Scopes_grant_permissions_by_binding()
    {
        RolePermissions.ForApiClient(provinceBound: true, ["read"]).ShouldContain(Permissions.KpisReadProvince);
        RolePermissions.ForApiClient(provinceBound: true, ["read"]).ShouldNotContain(Permissions.UnitManage);
        RolePermissions.ForApiClient(provinceBound: false, ["read"]).ShouldNotContain(Permissions.UnitManage);
        RolePermissions.ForApiClient(provinceBound: false, ["read", "write"]).ShouldContain(Permissions.UnitManage);
        RolePermissions.ForApiClient(provinceBound: false, ["write"]).ShouldNotContain(Permissions.UsersManage);
    }
}
