using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Supervision;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The Supervision area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<SupervisionVisit> SupervisionVisits => Set<SupervisionVisit>();
    public DbSet<SupervisionRecommendation> SupervisionRecommendations => Set<SupervisionRecommendation>();
    public DbSet<RecommendationFollowUp> RecommendationFollowUps => Set<RecommendationFollowUp>();
    public DbSet<RecommendationReview> RecommendationReviews => Set<RecommendationReview>();
}
