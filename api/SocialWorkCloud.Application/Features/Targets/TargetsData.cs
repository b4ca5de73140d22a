using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Targets;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The Targets area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorTarget> IndicatorTargets => Set<IndicatorTarget>();
    public DbSet<AnnualPlan> AnnualPlans => Set<AnnualPlan>();
    public DbSet<PlanTarget> PlanTargets => Set<PlanTarget>();
    public DbSet<PlannedActivity> PlannedActivities => Set<PlannedActivity>();
    public DbSet<AreaScreening> AreaScreenings => Set<AreaScreening>();
    public DbSet<FiveYearPlan> FiveYearPlans => Set<FiveYearPlan>();
    public DbSet<FiveYearPlanTarget> FiveYearPlanTargets => Set<FiveYearPlanTarget>();
}
