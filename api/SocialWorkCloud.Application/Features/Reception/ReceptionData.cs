using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Reception;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The Reception area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<ReceptionPoint> ReceptionPoints => Set<ReceptionPoint>();
    public DbSet<ReceptionTally> ReceptionTallies => Set<ReceptionTally>();
    public DbSet<IdempotentRequest> IdempotentRequests => Set<IdempotentRequest>();
}
