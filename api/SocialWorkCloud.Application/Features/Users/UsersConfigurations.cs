using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Kpis;

namespace SocialWorkCloud.Application.Features.Users;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.FullName).HasMaxLength(200);
        b.HasIndex(u => u.FacilityId);
        b.HasIndex(u => u.ProvinceId);
        b.Property(u => u.MfaSecret).HasMaxLength(1000);
        b.Ignore(u => u.HasMfa);
    }
}
