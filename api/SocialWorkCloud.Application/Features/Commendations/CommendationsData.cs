using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Commendations;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The Commendations area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<Nomination> Nominations => Set<Nomination>();
    public DbSet<CommendationDecision> CommendationDecisions => Set<CommendationDecision>();
}
