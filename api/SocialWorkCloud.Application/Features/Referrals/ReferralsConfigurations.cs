using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Audit;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Consents;
using SocialWorkCloud.Domain.Counselling;
using SocialWorkCloud.Domain.Referrals;

namespace SocialWorkCloud.Application.Features.Referrals;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.ToTable("Referrals");
        b.Property(r => r.AgencyName).HasMaxLength(300);
        b.Property(r => r.Reason).HasMaxLength(2000);
        b.Property(r => r.Outcome).HasMaxLength(2000);
        b.Property(r => r.ConsentOverrideReason).HasMaxLength(2000);
        b.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReferralPackageConfiguration : IEntityTypeConfiguration<ReferralPackage>
{
    public void Configure(EntityTypeBuilder<ReferralPackage> b)
    {
        b.ToTable("ReferralPackages");
        b.Property(p => p.SenderFacilityName).HasMaxLength(300);
        b.Property(p => p.Reason).HasMaxLength(2000);
        b.Property(p => p.ClientName).HasMaxLength(200);
        b.Property(p => p.Sex).HasMaxLength(16);
        b.Property(p => p.Phone).HasMaxLength(20);
        b.Property(p => p.Address).HasMaxLength(800);
        b.Property(p => p.ProblemSummary).HasMaxLength(4000);
        b.Property(p => p.NeedsSummary).HasMaxLength(1000);
        b.Property(p => p.DeclineReason).HasMaxLength(2000);
        b.HasOne<Domain.Facilities.Facility>().WithMany().HasForeignKey(p => p.SenderFacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Domain.Facilities.Facility>().WithMany().HasForeignKey(p => p.ReceiverFacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.ReceiverFacilityId, p.Status });
        b.HasIndex(p => p.SenderFacilityId);
    }
}
