using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Reports;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The Reports area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<PeriodicReport> PeriodicReports => Set<PeriodicReport>();
    public DbSet<ReportTransition> ReportTransitions => Set<ReportTransition>();
    public DbSet<ReportSubmission> ReportSubmissions => Set<ReportSubmission>();
    public DbSet<ReportRun> ReportRuns => Set<ReportRun>();
    public DbSet<ReportDeadline> ReportDeadlines => Set<ReportDeadline>();
}
