using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Cases;

/// <summary>Case numbers per facility and year (issue 18), and closure reasons from the list.</summary>
public abstract partial class CaseNumberTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    private static async Task<JsonElement> OpenAsync(HttpClient client, string? openedOn = null, Guid? assignee = null)
    {
        var person = await (await client.PostJsonAsync("/api/v1/clients", new { fullName = "Lò Văn Số " + Guid.NewGuid().ToString("N")[..6], birthYear = 1980, createAnyway = true }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        return await (await client.PostJsonAsync("/api/v1/cases", new
        {
            clientId = person.GetProperty("id").GetGuid(), assignedWorkerId = assignee, priority = "Normal", riskLevel = "Low", intakeSource = "Self",
            presentingProblem = "Cần hỗ trợ chi phí điều trị", openedOn,
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
    }

    [GeneratedRegex(@"^(?<code>[A-Z0-9-]+)-(?<year>\d{4})-(?<seq>\d{4,})$")]
    private static partial Regex NumberPattern();

    [Fact]
    public async Task Cases_opened_at_once_get_consecutive_numbers_per_facility_and_year_with_no_gap_or_duplicate()
    {
        var tenant = await World.NewTenantAsync("Bệnh viện đánh số");
        using var worker = await tenant.WorkerAsync();
        var opened = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => OpenAsync(worker)));

        var numbers = opened.Select(c => NumberPattern().Match(c.GetProperty("caseNumber").GetString()!)).ToList();
        numbers.ShouldAllBe(m => m.Success);
        numbers.Select(m => m.Groups["year"].Value).Distinct().ShouldBe([VietnamClock.Today(TimeProvider.System).Year.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        numbers.Select(m => m.Groups["code"].Value).Distinct().Count().ShouldBe(1);
        numbers.Select(m => int.Parse(m.Groups["seq"].Value, System.Globalization.CultureInfo.InvariantCulture)).Order().ShouldBe(Enumerable.Range(1, 12));

        // A case back-dated into last year starts that year's sequence; another facility starts its own.
        var lastYear = VietnamClock.Today(TimeProvider.System).Year - 1;
        var late = await OpenAsync(worker, $"{lastYear}-12-30");
        late.GetProperty("caseNumber").GetString().ShouldEndWith($"-{lastYear}-0001");
        using var otherWorker = await World.ClientForAsync(TestWorld.WorkerBEmail);
        var other = await OpenAsync(otherWorker);
        other.GetProperty("caseNumber").GetString()!.ShouldNotStartWith(numbers[0].Groups["code"].Value + "-");

        // Shown in lists and the case page, and searchable whole or by its tail.
        var seventh = opened.Single(c => c.GetProperty("caseNumber").GetString()!.EndsWith("-0007", StringComparison.Ordinal));
        var number = seventh.GetProperty("caseNumber").GetString()!;
        var byNumber = await (await worker.GetAsync($"/api/v1/cases?search={Uri.EscapeDataString(number.ToLowerInvariant())}")).ReadAsync<JsonElement>();
        byNumber.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("caseNumber").GetString()).ShouldBe([number]);
        var byTail = await (await worker.GetAsync("/api/v1/cases?search=0007")).ReadAsync<JsonElement>();
        byTail.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([seventh.GetProperty("id").GetGuid()]);
        var page = await (await worker.GetAsync($"/api/v1/cases/{seventh.GetProperty("id").GetGuid()}")).ReadAsync<JsonElement>();
        page.GetProperty("caseNumber").GetString().ShouldBe(number);
    }

    [Fact]
    public async Task A_closure_carries_a_reason_from_the_list_and_other_needs_words()
    {
        var tenant = await World.TenantForAsync(nameof(CaseNumberTests));
        using var worker = await tenant.WorkerAsync();
        using var head = await tenant.AdminAsync();
        var c = await OpenAsync(worker);
        var id = c.GetProperty("id").GetGuid();

        var other = await (await worker.PostJsonAsync($"/api/v1/cases/{id}/approval-requests", new { subject = "Closure", closureReason = "Other", version = c.GetProperty("version") }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        other.GetProperty("errors").TryGetProperty("closingReason", out _).ShouldBeTrue(other.ToString());
        await (await worker.PostJsonAsync($"/api/v1/cases/{id}/approval-requests", new { subject = "Closure", closureReason = "Moved", version = c.GetProperty("version") }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var unchanged = await (await worker.GetAsync($"/api/v1/cases/{id}")).ReadAsync<JsonElement>();
        unchanged.GetProperty("closureApproval").GetString().ShouldBe("None");

        // A listed reason needs no words; the unit head's approval closes the case with it.
        c = await (await worker.PostJsonAsync($"/api/v1/cases/{id}/approval-requests", new { subject = "Closure", closureReason = "GoalsAchieved", version = c.GetProperty("version") }))
            .ReadAsync<JsonElement>();
        c.GetProperty("requestedClosureReason").GetString().ShouldBe("GoalsAchieved");
        c = await (await head.PostJsonAsync($"/api/v1/cases/{id}/approval-decisions", new { subject = "Closure", approve = true, version = c.GetProperty("version") }))
            .ReadAsync<JsonElement>();
        c.GetProperty("stage").GetString().ShouldBe("Closed");
        c.GetProperty("closureReason").GetString().ShouldBe("GoalsAchieved");
        c.GetProperty("closingReason").ValueKind.ShouldBe(JsonValueKind.Null);

        // Free text alone still works for integrations written before the list: the reason is "Other".
        var d = await OpenAsync(worker);
        d = await (await worker.PostJsonAsync($"/api/v1/cases/{d.GetProperty("id").GetGuid()}/approval-requests", new { subject = "Closure", closingReason = "Chuyển về tuyến tỉnh", version = d.GetProperty("version") }))
            .ReadAsync<JsonElement>();
        d.GetProperty("requestedClosureReason").GetString().ShouldBe("Other");
        d.GetProperty("requestedClosingReason").GetString().ShouldBe("Chuyển về tuyến tỉnh");
    }
}

public sealed class CaseNumberOnPostgres(SharedPostgres api) : CaseNumberTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class CaseNumberOnSqlite(SharedSqlite api) : CaseNumberTests(api.Factory), IClassFixture<SharedSqlite>;
