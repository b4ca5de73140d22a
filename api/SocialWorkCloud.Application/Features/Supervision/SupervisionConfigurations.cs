using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Commendations;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Supervision;
using System.Text.Json;

namespace SocialWorkCloud.Application.Features.Supervision;

internal sealed class SupervisionVisitConfiguration : IEntityTypeConfiguration<SupervisionVisit>
{
    public void Configure(EntityTypeBuilder<SupervisionVisit> b)
    {
        b.ToTable("SupervisionVisits");
        b.Property(v => v.Scope).HasMaxLength(2000);
        b.Property(v => v.Findings).HasMaxLength(8000);
        // The team is read and written with its visit only: one JSON text column on every provider.
        b.Property(v => v.Team)
            .HasConversion(
                team => JsonSerializer.Serialize(team, (JsonSerializerOptions?)null),
                json => JsonSerializer.Deserialize<List<SupervisionTeamMember>>(json, (JsonSerializerOptions?)null) ?? new List<SupervisionTeamMember>(),
                new ValueComparer<List<SupervisionTeamMember>>(
                    (a, c) => a!.SequenceEqual(c!), t => t.Aggregate(0, (h, m) => HashCode.Combine(h, m.GetHashCode())), t => t.ToList()))
            .HasMaxLength(4000);
        b.HasOne<Facility>().WithMany().HasForeignKey(v => v.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Province>().WithMany().HasForeignKey(v => v.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(v => new { v.ProvinceId, v.PlannedOn });
        b.HasIndex(v => v.FacilityId);
    }
}

internal sealed class SupervisionRecommendationConfiguration : IEntityTypeConfiguration<SupervisionRecommendation>
{
    public void Configure(EntityTypeBuilder<SupervisionRecommendation> b)
    {
        b.ToTable("SupervisionRecommendations");
        b.Property(r => r.Text).HasMaxLength(2000);
        b.HasOne<SupervisionVisit>().WithMany().HasForeignKey(r => r.VisitId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.VisitId, r.Number }).IsUnique();
        // Open and overdue counts per facility.
        b.HasIndex(r => new { r.FacilityId, r.Status, r.DueOn });
    }
}

internal sealed class RecommendationFollowUpConfiguration : IEntityTypeConfiguration<RecommendationFollowUp>
{
    public void Configure(EntityTypeBuilder<RecommendationFollowUp> b)
    {
        b.ToTable("RecommendationFollowUps");
        b.Property(f => f.Note).HasMaxLength(2000);
        b.HasOne<SupervisionRecommendation>().WithMany().HasForeignKey(f => f.RecommendationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Facility>().WithMany().HasForeignKey(f => f.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(f => f.RecommendationId);
    }
}

internal sealed class RecommendationReviewConfiguration : IEntityTypeConfiguration<RecommendationReview>
{
    public void Configure(EntityTypeBuilder<RecommendationReview> b)
    {
        b.ToTable("RecommendationReviews");
        b.Property(r => r.Comment).HasMaxLength(2000);
        b.HasOne<SupervisionRecommendation>().WithMany().HasForeignKey(r => r.RecommendationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => r.RecommendationId);
    }
}
