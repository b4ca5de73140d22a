using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Domain.Facilities;

namespace SocialWorkCloud.IntegrationTests.Infrastructure;

/// <summary>A fresh facility with its unit head signed in, so that each activity test counts only its own records.</summary>
public sealed record ActivityFacility(Guid Id, Guid ProvinceId, string AdminEmail, HttpClient Admin);

public static class ActivityArrange
{
    public static async Task<ActivityFacility> NewActivityFacilityAsync(this TestWorld world, Guid? provinceId = null,
        FacilityType type = FacilityType.PublicHospital, string name = "Bệnh viện hoạt động")
    {
        var province = provinceId ?? world.Province1;
        var id = await world.NewFacilityAsync(province, type, name);
        var email = $"head-{Guid.NewGuid():N}@test.vn";
        await world.NewUserAsync(email, UserRole.FacilityAdmin, id, null);
        return new ActivityFacility(id, province, email, await world.ClientForAsync(email));
    }
}
