using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Kpis;
using SocialWorkCloud.Application.Features.Reports;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Kpis;
using SocialWorkCloud.Domain.Notifications;
using SocialWorkCloud.Domain.Reports;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Notifications;

/// <summary>
/// A background run that failed tells the one who started it, and nobody else. The runs are the real jobs, run
/// directly on a state that makes them fail: a regeneration that finds its report submitted meanwhile, and a KPI run
/// for a date before the indicators' path begins (its trajectory cannot be computed).
/// </summary>
public abstract class JobFailureNotificationTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    [Fact]
    public async Task A_report_generation_that_failed_reaches_only_who_asked_for_it()
    {
        var tenant = await World.NewTenantAsync("Bệnh viện Lỗi báo cáo");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var secondHead = $"head2-{tag}@test.vn";
        var secondHeadId = await World.NewUserAsync(secondHead, UserRole.FacilityAdmin, tenant.HospitalId, null);
        using var head = await tenant.AdminAsync();
        using var head2 = await World.ClientForAsync(secondHead);

        var run = await (await head.PostJsonAsync("/api/v1/reports", new { kind = "HalfYear", year = 2026, number = 1 })).ReadAsync<JsonElement>(HttpStatusCode.Accepted);
        var reportId = await ReportRuns.WaitForReportIdAsync(head, run.GetProperty("id").GetGuid());
        var report = await (await head.GetAsync($"/api/v1/reports/{reportId}")).ReadAsync<JsonElement>();
        // The second head asks for new figures; before the job runs, the report is submitted: the run must fail.
        (await head.PostJsonAsync($"/api/v1/reports/{reportId}/submit", new { version = report.GetProperty("version").GetGuid() }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var failedRun = Guid.NewGuid();
        await using (var scope = factory.CreateScope())
        {
            using var _ = scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(tenant.HospitalId);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ReportRuns.Add(new ReportRun
            {
                Id = failedRun, ReportId = reportId, FacilityId = tenant.HospitalId, Status = ReportRunStatus.Queued,
                RequestedBy = secondHeadId, RequestedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        await using (var scope = factory.CreateScope())
            await scope.ServiceProvider.GetRequiredService<ReportJobs>().GenerateAsync(tenant.HospitalId, failedRun, CancellationToken.None);

        (await (await head2.GetAsync($"/api/v1/reports/runs/{failedRun}")).ReadAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("Failed");
        var item = await Inboxes.WaitForAsync(head2, "ReportGenerationFailed", reportId);
        item.RecordId.ShouldBe(reportId);
        (await Inboxes.SettleAsync(factory, NotificationKind.ReportGenerationFailed, reportId)).ShouldBe(1);
        (await Inboxes.ReadAsync(head2, "ReportGenerationFailed")).Count(i => i.RecordId == reportId).ShouldBe(1);
        // Not the head who submitted, not the worker, not the province, not another province.
        foreach (var email in new[] { tenant.AdminEmail, tenant.WorkerEmail, tenant.OfficerEmail, TestWorld.Officer1, TestWorld.AdminA })
        {
            using var client = await World.ClientForAsync(email);
            (await Inboxes.ReadAsync(client, "ReportGenerationFailed")).Where(i => i.RecordId == reportId).ShouldBeEmpty($"{email} did not ask for it");
        }
    }

    [Fact]
    public async Task A_kpi_run_that_failed_reaches_only_the_officer_who_started_it()
    {
        var tenant = await World.NewTenantAsync("Bệnh viện Lỗi KPI");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var secondOfficer = $"officer2-{tag}@test.vn";
        var secondOfficerId = await World.NewUserAsync(secondOfficer, UserRole.ProvinceOfficer, null, tenant.ProvinceId);
        using var officer2 = await World.ClientForAsync(secondOfficer);

        var runId = Guid.NewGuid();
        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.KpiRuns.Add(new KpiRun
            {
                Id = runId, ProvinceId = tenant.ProvinceId, AsOf = DateOnly.MinValue, Status = KpiRunStatus.Queued,
                RequestedBy = secondOfficerId, RequestedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        await using (var scope = factory.CreateScope())
            await scope.ServiceProvider.GetRequiredService<KpiJobs>().ComputeRunAsync(tenant.ProvinceId, runId, CancellationToken.None);

        await using (var scope = factory.CreateScope())
        {
            var run = await scope.ServiceProvider.GetRequiredService<AppDbContext>().KpiRuns.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == runId);
            run.Status.ShouldBe(KpiRunStatus.Failed);
        }
        var item = await Inboxes.WaitForAsync(officer2, "KpiRunFailed", runId);
        item.Text.ShouldContain("01/01/0001");
        (await Inboxes.SettleAsync(factory, NotificationKind.KpiRunFailed, runId)).ShouldBe(1);
        (await Inboxes.ReadAsync(officer2, "KpiRunFailed")).Count(i => i.RecordId == runId).ShouldBe(1);
        // Not the province's other officer, nobody in its facilities, not another province's officer.
        foreach (var email in new[] { tenant.OfficerEmail, tenant.AdminEmail, tenant.WorkerEmail, TestWorld.Officer1, TestWorld.AdminA })
        {
            using var client = await World.ClientForAsync(email);
            (await Inboxes.ReadAsync(client, "KpiRunFailed")).Where(i => i.RecordId == runId).ShouldBeEmpty($"{email} did not start it");
        }
    }
}

public sealed class JobFailureNotificationsOnPostgres(SharedPostgres api) : JobFailureNotificationTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class JobFailureNotificationsOnSqlite(SharedSqlite api) : JobFailureNotificationTests(api.Factory), IClassFixture<SharedSqlite>;
