using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Audit;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Consents;
using SocialWorkCloud.Domain.Counselling;
using SocialWorkCloud.Domain.Referrals;

namespace SocialWorkCloud.Application.Features.Counselling;

internal sealed class CounsellingSessionConfiguration : IEntityTypeConfiguration<CounsellingSession>
{
    public void Configure(EntityTypeBuilder<CounsellingSession> b)
    {
        b.ToTable("CounsellingSessions");
        b.Property(s => s.Topic).HasMaxLength(500);
        b.Property(s => s.RelativeName).HasMaxLength(200);
        b.Property(s => s.Notes).HasMaxLength(4000);
        b.HasOne<Client>().WithMany().HasForeignKey(s => s.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.FacilityId, s.HeldOn });
    }
}
