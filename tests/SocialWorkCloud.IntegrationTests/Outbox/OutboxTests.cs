using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Behaviours;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Kpis;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Kpis;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Outbox;

/// <summary>
/// Work leaves a command's transaction through the outbox: the row commits with the command (and not
/// without it), becomes a job right after the commit, and a row that never became one is swept up.
/// </summary>
public abstract class OutboxTests(ApiFactory factory)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private TestWorld World => factory.World;

    private sealed record Unit(Guid ProvinceId, Guid FacilityId, HttpClient Officer, HttpClient Admin);

    private async Task<Unit> NewUnitAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var province = await World.NewProvinceAsync("Tỉnh outbox " + tag);
        var facility = await World.NewFacilityAsync(province, FacilityType.PublicHospital, "BV outbox", (UnitStatus.Team, new DateOnly(2020, 1, 1)));
        await World.NewUserAsync($"officer-{tag}@test.vn", UserRole.ProvinceOfficer, null, province);
        await World.NewUserAsync($"head-{tag}@test.vn", UserRole.FacilityAdmin, facility, null);
        return new Unit(province, facility, await World.ClientForAsync($"officer-{tag}@test.vn"), await World.ClientForAsync($"head-{tag}@test.vn"));
    }

    private async Task<List<OutboxMessage>> MessagesAsync(Func<IQueryable<OutboxMessage>, IQueryable<OutboxMessage>> filter)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await filter(db.OutboxMessages.AsNoTracking()).ToListAsync();
    }

    private static async Task<JsonElement> WaitForRunAsync(HttpClient client, string url)
    {
        var run = default(JsonElement);
        for (var i = 0; i < 150; i++)
        {
            run = await (await client.GetAsync(url)).ReadAsync<JsonElement>();
            if (run.GetProperty("status").GetString() is "Succeeded" or "Failed") break;
            await Task.Delay(200);
        }
        return run;
    }

    [Fact]
    public async Task A_kpi_recompute_writes_its_outbox_row_with_the_run_and_dispatches_it_after_commit()
    {
        var u = await NewUnitAsync();
        var accepted = await u.Officer.PostJsonAsync($"/api/v1/provinces/{u.ProvinceId}/kpis/recompute", new { asOf = "2025-12-31" });
        var run = await accepted.ReadAsync<JsonElement>(HttpStatusCode.Accepted);
        var runId = run.GetProperty("id").GetGuid();

        var message = (await MessagesAsync(q => q.Where(m => m.Type == "kpis.run-requested"))).Single(m => m.Payload.Contains(runId.ToString(), StringComparison.Ordinal));
        run.GetProperty("jobId").GetString().ShouldBe(message.Id.ToString());
        message.DispatchedAt.ShouldNotBeNull(); // the after-commit dispatch ran before the answer
        message.JobId.ShouldNotBeNullOrEmpty();
        message.Attempts.ShouldBe(1);
        message.LastError.ShouldBeNull();
        JsonSerializer.Deserialize<KpiRunRequested>(message.Payload, Web)
            .ShouldBe(new KpiRunRequested(u.ProvinceId, runId));

        (await WaitForRunAsync(u.Officer, accepted.Headers.Location!.ToString())).GetProperty("status").GetString().ShouldBe("Succeeded");
    }

    [Fact]
    public async Task A_report_generation_goes_through_the_outbox_with_its_facility_and_a_refused_command_leaves_no_row()
    {
        var u = await NewUnitAsync();
        var accepted = await u.Admin.PostJsonAsync("/api/v1/reports", new { kind = "Year", year = 2025, number = 1 });
        var run = await accepted.ReadAsync<JsonElement>(HttpStatusCode.Accepted);
        var rows = await MessagesAsync(q => q.Where(m => m.FacilityId == u.FacilityId));
        var message = rows.ShouldHaveSingleItem();
        message.Type.ShouldBe("reports.generation-requested");
        message.Payload.ShouldContain(run.GetProperty("id").GetGuid().ToString());
        message.DispatchedAt.ShouldNotBeNull();
        (await WaitForRunAsync(u.Admin, $"/api/v1/reports/runs/{run.GetProperty("id").GetGuid()}")).GetProperty("status").GetString().ShouldBe("Succeeded");

        // Refused by a rule (the period's report exists: 409) and by validation (400): nothing more in the outbox.
        await (await u.Admin.PostJsonAsync("/api/v1/reports", new { kind = "Year", year = 2025, number = 1 })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await u.Admin.PostJsonAsync("/api/v1/reports", new { kind = "Quarter", year = 2025, number = 9 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await MessagesAsync(q => q.Where(m => m.FacilityId == u.FacilityId))).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_command_that_fails_after_publishing_rolls_its_outbox_row_back_and_dispatches_nothing()
    {
        var u = await NewUnitAsync();
        var messageId = Guid.Empty;
        await using (var scope = factory.CreateScope())
        {
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<AppDbContext>();
            var behaviour = new TransactionBehaviour<RequestKpiRecompute, KpiRunDto>(db, services.GetRequiredService<TransactionalOutbox>(),
                services.GetRequiredService<OutboxDispatcher>());
            await Should.ThrowAsync<InvalidOperationException>(async () => await behaviour.Handle(new RequestKpiRecompute(u.ProvinceId, null), async (_, ct) =>
            {
                messageId = services.GetRequiredService<IOutbox>().Publish(new KpiRunRequested(u.ProvinceId, Guid.NewGuid()));
                await db.SaveChangesAsync(ct);
                throw new InvalidOperationException("a rule refused it after the row was written");
            }, CancellationToken.None));
        }
        messageId.ShouldNotBe(Guid.Empty);
        (await MessagesAsync(q => q.Where(m => m.Id == messageId))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Rows_committed_but_never_dispatched_are_picked_up_by_the_sweep()
    {
        var u = await NewUnitAsync();
        var now = DateTimeOffset.UtcNow;
        var orphan = new KpiRun { Id = Guid.NewGuid(), ProvinceId = u.ProvinceId, AsOf = new DateOnly(2025, 12, 31), Status = KpiRunStatus.Queued, RequestedAt = now };
        var abandoned = new KpiRun { Id = Guid.NewGuid(), ProvinceId = u.ProvinceId, AsOf = new DateOnly(2024, 12, 31), Status = KpiRunStatus.Queued, RequestedAt = now };
        var busy = new KpiRun { Id = Guid.NewGuid(), ProvinceId = u.ProvinceId, AsOf = new DateOnly(2023, 12, 31), Status = KpiRunStatus.Queued, RequestedAt = now };
        OutboxMessage Row(KpiRun run, DateTimeOffset? claimedAt) => new()
        {
            Id = Guid.NewGuid(), Type = "kpis.run-requested", CreatedAt = now.AddMinutes(-10), ClaimedAt = claimedAt, Attempts = claimedAt is null ? 0 : 1,
            Payload = JsonSerializer.Serialize(new KpiRunRequested(run.ProvinceId, run.Id), Web),
        };
        // Committed, then the process stopped before the dispatch; one stopped after claiming it (the lease ran out);
        // one is being dispatched right now by another node (a fresh claim), which the sweep must leave alone.
        var rows = new[] { Row(orphan, null), Row(abandoned, now.AddMinutes(-5)), Row(busy, now) };
        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.KpiRuns.AddRange(orphan, abandoned, busy);
            db.OutboxMessages.AddRange(rows);
            await db.SaveChangesAsync();
        }

        await using (var scope = factory.CreateScope())
        {
            // (The recurring sweep of the test host may get there first; either way each row is dispatched once.)
            await scope.ServiceProvider.GetRequiredService<OutboxSweep>().SweepAsync(CancellationToken.None);
        }

        var after = (await MessagesAsync(q => q.Where(m => rows.Select(r => r.Id).Contains(m.Id)))).ToDictionary(m => m.Id);
        after[rows[0].Id].DispatchedAt.ShouldNotBeNull();
        after[rows[0].Id].JobId.ShouldNotBeNullOrEmpty();
        after[rows[1].Id].DispatchedAt.ShouldNotBeNull();
        after[rows[1].Id].Attempts.ShouldBe(2);
        after[rows[2].Id].DispatchedAt.ShouldBeNull();
        foreach (var run in new[] { orphan, abandoned })
        {
            (await WaitForRunAsync(u.Officer, $"/api/v1/provinces/{u.ProvinceId}/kpis/runs/{run.Id}")).GetProperty("status").GetString().ShouldBe("Succeeded");
        }
    }

    [Fact]
    public void The_sweep_is_a_recurring_job()
    {
        using var connection = factory.Services.GetRequiredService<Hangfire.JobStorage>().GetConnection();
        Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection).ShouldContain(j => j.Id == OutboxSweep.RecurringJobId);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class OutboxOnPostgres(PostgresApiFactory factory) : OutboxTests(factory);

[Collection(SqliteCollection.Name)]
public sealed class OutboxOnSqlite(SqliteApiFactory factory) : OutboxTests(factory);
