using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Charity;
using SocialWorkCloud.Domain.Communication;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Reception;
using SocialWorkCloud.Domain.Training;
using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.Application.Features.Communication;

internal sealed class CommunicationItemConfiguration : IEntityTypeConfiguration<CommunicationItem>
{
    public void Configure(EntityTypeBuilder<CommunicationItem> b)
    {
        b.ToTable("CommunicationItems");
        b.Property(c => c.Title).HasMaxLength(300);
        b.Property(c => c.Topic).HasMaxLength(200);
        b.Property(c => c.Link).HasMaxLength(1000);
        b.HasIndex(c => new { c.FacilityId, c.RecordedById });
        b.HasOne<Facility>().WithMany().HasForeignKey(c => c.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.FacilityId, c.Date });
    }
}
