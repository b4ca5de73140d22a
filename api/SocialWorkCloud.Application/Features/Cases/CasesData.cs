using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Cases;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The Cases area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseTransition> CaseTransitions => Set<CaseTransition>();
    public DbSet<CaseRiskChange> CaseRiskChanges => Set<CaseRiskChange>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<PlanGoal> PlanGoals => Set<PlanGoal>();
    public DbSet<CaseApproval> CaseApprovals => Set<CaseApproval>();
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();
    public DbSet<FollowUpTask> FollowUpTasks => Set<FollowUpTask>();
    public DbSet<CaseAlert> CaseAlerts => Set<CaseAlert>();
    public DbSet<ServiceDelivered> ServicesDelivered => Set<ServiceDelivered>();
}
