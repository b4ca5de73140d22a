using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Kpis;

namespace SocialWorkCloud.Application.Features.ApiClients;

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> b)
    {
        b.ToTable("ApiClients");
        b.Property(c => c.ClientId).HasMaxLength(64);
        b.Property(c => c.SecretHash).HasMaxLength(128);
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Scopes).HasMaxLength(100);
        b.HasIndex(c => c.ClientId).IsUnique();
        b.HasIndex(c => c.FacilityId);
        b.HasIndex(c => c.ProvinceId);
    }
}
