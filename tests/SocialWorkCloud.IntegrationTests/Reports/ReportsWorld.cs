using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using SocialWorkCloud.Application.Features.Reports;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Reports;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Reports;

/// <summary>A submitted annual report and its generation run.</summary>
public sealed record ReportRecords(Guid Report, Guid Run);

/// <summary>Submitted 2024 reports of hospital A (province 1) and hospital B (province 2).</summary>
public sealed class ReportsWorld : IAreaWorld
{
    public ReportRecords A { get; private set; } = null!;
    public ReportRecords B { get; private set; } = null!;

    public async Task ArrangeAsync(TestWorld world)
    {
        A = await NewSubmittedReportAsync(world, world.HospitalA, world.Province1);
        B = await NewSubmittedReportAsync(world, world.HospitalB, world.Province2);
    }

    /// <summary>A submitted annual report for 2024 with its generation run, as the workflow would leave it.</summary>
    public static async Task<ReportRecords> NewSubmittedReportAsync(TestWorld world, Guid facilityId, Guid provinceId)
    {
        await using var scope = world.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var period = new ReportPeriod(ReportPeriodKind.Year, 2024, 1);
        var now = DateTimeOffset.UtcNow;
        var (report, _) = PeriodicReport.Start(facilityId, provinceId, period, new ReportActor(null, null), now);
        // Real (all-zero) figures, as the generation job computes them: an empty "{}" is no state the API can reach,
        // and the fuzz found the export failing on it (issue 19).
        ReportFigures figures;
        using (scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(facilityId))
        {
            figures = await ReportFiguresCalculator.ComputeAsync(db, facilityId, period.Start, period.End, period.End, _ => Task.CompletedTask, CancellationToken.None);
        }
        report.RecordFigures(JsonSerializer.Serialize(figures, ReportMapping.Json), new ReportActor(null, null), now);
        report.Submit(new ReportActor(null, null), now);
        var run = new ReportRun { Id = Guid.NewGuid(), ReportId = report.Id, FacilityId = facilityId, Status = ReportRunStatus.Succeeded, ProgressPercent = 100, RequestedAt = now };
        db.AddRange(report, run);
        await db.SaveChangesAsync();
        return new ReportRecords(report.Id, run.Id);
    }
}

public static class ReportsWorldExtensions
{
    public static ReportsWorld Reports(this TestWorld world) => world.Area<ReportsWorld>();
}
