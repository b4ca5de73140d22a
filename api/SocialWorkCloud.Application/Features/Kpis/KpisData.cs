using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Kpis;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The Kpis area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<KpiSnapshot> KpiSnapshots => Set<KpiSnapshot>();
    public DbSet<KpiRun> KpiRuns => Set<KpiRun>();
}
