using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Commendations;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Supervision;
using System.Text.Json;

namespace SocialWorkCloud.Application.Features.Commendations;

internal sealed class NominationConfiguration : IEntityTypeConfiguration<Nomination>
{
    public void Configure(EntityTypeBuilder<Nomination> b)
    {
        b.ToTable("Nominations");
        b.Property(n => n.NomineeName).HasMaxLength(200);
        b.Property(n => n.SearchName).HasMaxLength(200);
        b.Property(n => n.NomineeTitle).HasMaxLength(200);
        b.Property(n => n.AwardText).HasMaxLength(300);
        b.Property(n => n.Achievements).HasMaxLength(8000);
        b.HasOne<Facility>().WithMany().HasForeignKey(n => n.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(n => new { n.FacilityId, n.Year });
    }
}

internal sealed class CommendationDecisionConfiguration : IEntityTypeConfiguration<CommendationDecision>
{
    public void Configure(EntityTypeBuilder<CommendationDecision> b)
    {
        b.ToTable("CommendationDecisions");
        b.Property(d => d.DecisionNumber).HasMaxLength(100);
        b.Property(d => d.Reason).HasMaxLength(2000);
        b.HasOne<Nomination>().WithMany().HasForeignKey(d => d.NominationId).OnDelete(DeleteBehavior.Restrict);
        // Decisions are final: a second decision on the same nomination (even a racing one) is a 409.
        b.HasIndex(d => d.NominationId).IsUnique();
        b.HasIndex(d => new { d.ProvinceId, d.FacilityId });
    }
}
