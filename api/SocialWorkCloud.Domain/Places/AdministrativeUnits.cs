using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Places;

/// <summary>
/// A province of the 2025 reform (34 since 1 July 2025), with the statistics office's code ("38" Thanh Hóa).
/// Official reference data, synced from the list shipped with the API.
/// </summary>
[GlobalEntity("Official reference data (statistics office codes), the same for every tenant.")]
public class PlaceProvince
{
    /// <summary>The statistics office's code, two digits ("01" Hà Nội, "38" Thanh Hóa).</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    /// <summary>"tỉnh" or "thành phố trung ương".</summary>
    public required string Kind { get; set; }
    public required string SearchName { get; set; }
}

/// <summary>A commune, ward or special zone of the 2025 reform (no district level), under its province.</summary>
[GlobalEntity("Official reference data (statistics office codes), the same for every tenant.")]
public class PlaceCommune
{
    /// <summary>The statistics office's code, five digits ("14758" Phường Hàm Rồng).</summary>
    public required string Code { get; set; }
    public required string ProvinceCode { get; set; }
    public required string Name { get; set; }
    /// <summary>"xã", "phường" or "đặc khu".</summary>
    public required string Kind { get; set; }
    public required string SearchName { get; set; }
}
