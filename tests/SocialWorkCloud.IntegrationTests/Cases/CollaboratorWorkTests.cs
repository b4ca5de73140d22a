using System.Net;
using System.Text.Json;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Cases;

/// <summary>
/// A collaborator (issue 18): logs the communication, charity and counselling they took part in, undoes a mistaken tally tap,
/// sees their own work on the start page, and may not export the case list.
/// </summary>
public abstract class CollaboratorWorkTests(ApiFactory factory) : IAsyncLifetime
{
    private TestWorld World => factory.World;

    private Tenant Own { get; set; } = null!;

    public async Task InitializeAsync() => Own = await World.TenantForAsync(nameof(CollaboratorWorkTests));

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Today => VietnamClock.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<(Guid ClientId, JsonElement Case)> CaseForCollaboratorAsync(HttpClient worker, bool assignToWorker = false)
    {
        var person = await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = "Hà Thị Cộng " + Guid.NewGuid().ToString("N")[..6], birthYear = 1950, createAnyway = true }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        var clientId = person.GetProperty("id").GetGuid();
        var @case = await (await worker.PostJsonAsync("/api/v1/cases", new
        {
            clientId, assignedWorkerId = assignToWorker ? Own.WorkerId : Own.CollaboratorId, priority = "High", riskLevel = "Medium", intakeSource = "Self", presentingProblem = "Người cao tuổi sống một mình",
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        return (clientId, @case);
    }

    [Fact]
    public async Task A_collaborator_logs_what_they_took_part_in_and_sees_it_on_their_start_page()
    {
        using var worker = await Own.WorkerAsync();
        using var collaborator = await Own.CollaboratorAsync();
        var (clientId, @case) = await CaseForCollaboratorAsync(worker);
        var caseId = @case.GetProperty("id").GetGuid();

        await (await collaborator.PostJsonAsync("/api/v1/communication/items", new { channel = "Loudspeaker", title = "Phát thanh phòng chống đuối nước", date = Today }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        await (await collaborator.PostJsonAsync("/api/v1/charity/activities", new { kind = "FreeMeals", title = "Suất cơm 0 đồng", date = Today, beneficiaryCount = 40, valueVnd = 1_200_000 }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        var nextOn = VietnamClock.Today(TimeProvider.System).AddDays(7);
        var session = await (await collaborator.PostJsonAsync("/api/v1/counselling-sessions", new
        {
            clientId, caseId, heldOn = Today, durationMinutes = 30, topic = "Nỗi lo khi ra viện", notes = "Bà lo không ai đưa đi tái khám; hẹn gặp con trai.",
            nextAppointmentOn = nextOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        session.GetProperty("notes").GetString().ShouldBe("Bà lo không ai đưa đi tái khám; hẹn gặp con trai.");

        // The next appointment is a follow-up on the case, for the counsellor.
        var onCase = await (await collaborator.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync<JsonElement>();
        var task = onCase.GetProperty("tasks").EnumerateArray().Single();
        task.GetProperty("dueOn").GetString().ShouldBe(nextOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        task.GetProperty("assigneeId").GetGuid().ShouldBe(Own.CollaboratorId);
        task.GetProperty("title").GetString()!.ShouldContain("Nỗi lo khi ra viện");

        var mine = await (await collaborator.GetAsync("/api/v1/my-work")).ReadAsync<JsonElement>();
        var myCase = mine.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == caseId);
        myCase.GetProperty("caseNumber").GetString().ShouldBe(@case.GetProperty("caseNumber").GetString());
        myCase.GetProperty("nextTaskDueOn").GetString().ShouldBe(task.GetProperty("dueOn").GetString());
        var logged = mine.GetProperty("logged").EnumerateArray().Select(i => (i.GetProperty("kind").GetString(), i.GetProperty("title").GetString())).ToList();
        logged.ShouldContain(("Communication", "Phát thanh phòng chống đuối nước"));
        logged.ShouldContain(("Charity", "Suất cơm 0 đồng"));
        logged.ShouldContain(("Counselling", "Nỗi lo khi ra viện"));
        // The worker's start page lists none of it: it is the collaborator's.
        var workers = await (await worker.GetAsync("/api/v1/my-work")).ReadAsync<JsonElement>();
        workers.GetProperty("logged").EnumerateArray().Select(i => i.GetProperty("title").GetString()).ShouldNotContain("Suất cơm 0 đồng");
        workers.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldNotContain(caseId);
    }

    [Fact]
    public async Task A_collaborator_counsels_only_on_their_own_cases_as_themselves_and_cannot_export_the_case_list()
    {
        using var worker = await Own.WorkerAsync();
        using var collaborator = await Own.CollaboratorAsync();
        var (clientId, @case) = await CaseForCollaboratorAsync(worker);
        var caseId = @case.GetProperty("id").GetGuid();
        object Session(Guid? onCase, Guid? counsellorId = null) => new { clientId, caseId = onCase, heldOn = Today, durationMinutes = 20, topic = "Tâm lý", counsellorId };

        var noCase = await (await collaborator.PostJsonAsync("/api/v1/counselling-sessions", Session(null))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        noCase.GetProperty("code").GetString().ShouldBe("counselling-case-required");
        var asOther = await (await collaborator.PostJsonAsync("/api/v1/counselling-sessions", Session(caseId, Own.WorkerId))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        asOther.GetProperty("code").GetString().ShouldBe("counselling-counsellor-self");
        // A case of the worker's: the collaborator cannot see it, so it is not found.
        var (workersClient, workersCase) = await CaseForCollaboratorAsync(worker, assignToWorker: true);
        await (await collaborator.PostJsonAsync("/api/v1/counselling-sessions", new
        {
            clientId = workersClient, caseId = workersCase.GetProperty("id").GetGuid(), heldOn = Today, durationMinutes = 20, topic = "Tâm lý",
        })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        // A next appointment before the session is refused, and nothing is written.
        await (await collaborator.PostJsonAsync("/api/v1/counselling-sessions", new
        {
            clientId, caseId, heldOn = Today, durationMinutes = 20, topic = "Tâm lý", nextAppointmentOn = "2001-01-01",
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var after = await (await collaborator.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync<JsonElement>();
        after.GetProperty("tasks").GetArrayLength().ShouldBe(0);

        var export = await (await collaborator.GetAsync("/api/v1/cases/export")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        export.GetProperty("code").GetString().ShouldNotBeNullOrEmpty();
        (await worker.GetAsync("/api/v1/cases/export")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_tally_tap_is_undone_by_a_compensating_entry_once_by_the_person_who_tapped_within_a_minute()
    {
        using var head = await Own.AdminAsync();
        using var worker = await Own.WorkerAsync();
        using var collaborator = await Own.CollaboratorAsync();
        var point = (await (await head.PostJsonAsync("/api/v1/reception/points", new { name = "Quầy hướng dẫn " + Guid.NewGuid().ToString("N")[..4] }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var at = DateTimeOffset.UtcNow.AddSeconds(-5);
        var taps = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToList();
        Task<HttpResponseMessage> Send(HttpClient client, params object[] entries) => client.PostJsonAsync("/api/v1/reception/tallies", new { entries });
        (await (await Send(collaborator, [.. taps.Select(id => (object)new { id, pointId = point, kind = "WheelchairEscort", occurredAt = at })])).ReadAsync<JsonElement>())
            .GetProperty("accepted").GetInt32().ShouldBe(3);
        async Task<int> MineToday() => (await (await collaborator.GetAsync("/api/v1/my-work")).ReadAsync<JsonElement>()).GetProperty("tally").GetProperty("today").GetInt32();
        (await MineToday()).ShouldBe(3);

        // Someone else's tap is not theirs to undo; a minute late is too late; neither writes anything.
        (await (await Send(worker, new { id = Guid.NewGuid(), pointId = point, kind = "WheelchairEscort", occurredAt = at.AddSeconds(3), undoes = taps[0] }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString().ShouldBe("tally-undo-not-own");
        (await (await Send(collaborator, new { id = Guid.NewGuid(), pointId = point, kind = "WheelchairEscort", occurredAt = at.AddSeconds(61), undoes = taps[0] }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString().ShouldBe("tally-undo-too-late");
        (await (await Send(collaborator, new { id = Guid.NewGuid(), pointId = point, kind = "WheelchairEscort", occurredAt = at, undoes = Guid.NewGuid() }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString().ShouldBe("tally-undo-unknown");
        (await MineToday()).ShouldBe(3);

        // The undo within the window takes one tap back; a second undo of the same tap (a double click) takes nothing more.
        var undo = new { id = Guid.NewGuid(), pointId = point, kind = "WheelchairEscort", occurredAt = at.AddSeconds(4), undoes = taps[0] };
        (await (await Send(collaborator, undo)).ReadAsync<JsonElement>()).GetProperty("accepted").GetInt32().ShouldBe(1);
        (await (await Send(collaborator, undo)).ReadAsync<JsonElement>()).GetProperty("duplicates").GetInt32().ShouldBe(1);
        (await (await Send(collaborator, undo with { id = Guid.NewGuid() })).ReadAsync<JsonElement>()).GetProperty("accepted").GetInt32().ShouldBe(0);
        (await MineToday()).ShouldBe(2);
        var counts = await (await head.GetAsync($"/api/v1/reception/counts?granularity=Day&from={Today}&to={Today}")).ReadAsync<JsonElement>();
        counts.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("pointId").GetGuid() == point).Sum(r => r.GetProperty("count").GetInt32()).ShouldBe(2);
    }
}

public sealed class CollaboratorWorkOnPostgres(SharedPostgres api) : CollaboratorWorkTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class CollaboratorWorkOnSqlite(SharedSqlite api) : CollaboratorWorkTests(api.Factory), IClassFixture<SharedSqlite>;
