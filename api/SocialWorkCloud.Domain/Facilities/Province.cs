using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Facilities;

[GlobalEntity("A province is the Health Department above many tenants; it owns no facility data itself.")]
public class Province
{
    public Guid Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    /// <summary>The statistics office's code of the province this Health Department serves ("38" Thanh Hóa), when known.</summary>
    public string? PlaceCode { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
