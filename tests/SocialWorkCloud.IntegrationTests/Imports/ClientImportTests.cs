using System.Net;
using SocialWorkCloud.Application.Features.Imports;
using SocialWorkCloud.IntegrationTests.Infrastructure;
using static SocialWorkCloud.IntegrationTests.Imports.ImportWorkbooks;

namespace SocialWorkCloud.IntegrationTests.Imports;

/// <summary>A facility admin imports clients under the register's duplicate rules.</summary>
public abstract class ClientImportTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    private static string?[] Person(string name, string? nationalId, string? patientId = null, string year = "1960", string commune = "14758") =>
        [name, null, year, "Nam", nationalId, null, patientId, commune, "Số 2 Trần Phú", "0912 345 678", null];

    [Fact]
    public async Task Clients_are_checked_imported_all_or_nothing_once_and_look_alikes_wait_for_a_decision()
    {
        var tenant = await World.NewTenantAsync();
        using var admin = await World.ClientForAsync(tenant.AdminEmail);
        var headers = Headers(await (await admin.GetAsync("/api/v1/imports/clients/template")).Content.ReadAsByteArrayAsync());
        var tag = Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var before = await TenantStateAsync(World, tenant);

        var wrong = Workbook(headers,
            Person("Nguyễn Văn Nhập", $"038060{tag}"),
            Person("Trần Thị Sai", "12345"),
            Person("Lê Văn Trùng", $"038060{tag}"));
        var check = await (await admin.PostAsync("/api/v1/imports/clients/check", Upload(wrong))).ReadAsync<ImportCheckResult>();
        check.Problems.Select(p => (p.Row, p.Column, p.Code)).ShouldBe([(3, "E", "client-national-id-format"), (4, "E", "import-duplicate-row")], ignoreOrder: true);
        (await admin.PostAsync("/api/v1/imports/clients/commit", Upload(wrong)).ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("import-has-problems");
        (await TenantStateAsync(World, tenant)).ShouldBe(before, "a refused import wrote something");

        var good = Workbook(headers,
            Person("Nguyễn Văn Nhập", $"038060{tag}"),
            Person("Trần Thị Đúng", $"038170{tag}", patientId: $"BN{tag}"),
            Person("Phạm Không Số", null, year: "1971"));
        var first = await (await admin.PostAsync("/api/v1/imports/clients/commit", Upload(good, "doi-tuong.xlsx"))).ReadAsync<ImportRecordDto>();
        (first.Rows, first.Created, first.Unchanged).ShouldBe((3, 3, 0));

        // Again: the identified rows are the same people (unchanged); the row without identifiers now looks like the client it created.
        var again = await (await admin.PostAsync("/api/v1/imports/clients/check", Upload(good))).ReadAsync<ImportCheckResult>();
        again.Problems.ShouldBeEmpty();
        (again.ToCreate, again.Unchanged).ShouldBe((1, 2));
        again.Likenesses.Single().Row.ShouldBe(4);
        (await admin.PostAsync("/api/v1/imports/clients/commit", Upload(good)).ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("import-decision-required");
        var skipped = await (await admin.PostAsync("/api/v1/imports/clients/commit", Upload(good, decisions: """[{"row":4,"choice":"Skip"}]"""))).ReadAsync<ImportRecordDto>();
        (skipped.Created, skipped.Unchanged).ShouldBe((0, 3));
        var anyway = await (await admin.PostAsync("/api/v1/imports/clients/commit", Upload(good, decisions: """[{"row":4,"choice":"CreateAnyway"}]"""))).ReadAsync<ImportRecordDto>();
        anyway.Created.ShouldBe(1);

        // An identifier already held by someone else is refused.
        var taken = Workbook(headers, Person("Hoàng Văn Khác", $"038060{tag}"));
        var refused = await (await admin.PostAsync("/api/v1/imports/clients/check", Upload(taken))).ReadAsync<ImportCheckResult>();
        refused.Problems.Select(p => (p.Row, p.Column, p.Code)).ShouldBe([(2, "E", "import-client-key-taken")]);

        (await admin.PostAsync("/api/v1/imports/clients/commit", Upload(good, decisions: "not json")).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors.ShouldContainKey("decisions");

        var found = await admin.GetAsync<Page<ImportedClient>>($"/api/v1/clients?search={Uri.EscapeDataString("Tran Thi Dung")}");
        found.Items.Single().CommuneWard.ShouldBe("Phường Hàm Rồng");
        var history = await admin.GetAsync<List<ImportRecordDto>>("/api/v1/imports?kind=Clients");
        history.Count.ShouldBe(3);
        // Another facility's admin sees none of them, nor can import facilities.
        using var other = await World.ClientForAsync(TestWorld.AdminB);
        (await other.GetAsync<List<ImportRecordDto>>("/api/v1/imports")).ShouldNotContain(h => h.Id == first.Id);
    }

    [Fact]
    public async Task A_named_check_and_commit_report_their_progress_to_the_person_who_runs_them_only()
    {
        var tenant = await World.NewTenantAsync();
        using var admin = await World.ClientForAsync(tenant.AdminEmail);
        var headers = Headers(await (await admin.GetAsync("/api/v1/imports/clients/template")).Content.ReadAsByteArrayAsync());
        var tag = Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var rows = Enumerable.Range(0, 1_200).Select(i => Person($"Người Nhập {i}", null, patientId: $"BN{tag}{i:D4}")).ToArray();
        var workbook = Workbook(headers, rows);

        var checkToken = Guid.NewGuid();
        using (var check = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports/clients/check") { Content = Upload(workbook) })
        {
            check.Headers.Add("Import-Progress", checkToken.ToString());
            (await (await admin.SendAsync(check)).ReadAsync<ImportCheckResult>()).Rows.ShouldBe(1_200);
        }
        (await admin.GetAsync<ImportProgressDto>($"/api/v1/imports/progress?token={checkToken}")).ShouldBe(new ImportProgressDto(ImportPhase.Finished, 1_200, 100));

        var commitToken = Guid.NewGuid();
        using (var commit = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports/clients/commit") { Content = Upload(workbook) })
        {
            commit.Headers.Add("Import-Progress", commitToken.ToString());
            (await (await admin.SendAsync(commit)).ReadAsync<ImportRecordDto>()).Created.ShouldBe(1_200);
        }
        (await admin.GetAsync<ImportProgressDto>($"/api/v1/imports/progress?token={commitToken}")).Phase.ShouldBe(ImportPhase.Finished);

        // Someone else's run, and a run nobody started, are not found.
        using var other = await World.ClientForAsync(TestWorld.AdminB);
        (await other.GetAsync($"/api/v1/imports/progress?token={commitToken}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/api/v1/imports/progress?token={Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private sealed record ImportedClient(Guid Id, string FullName, string? CommuneWard);
}

public sealed class ClientImportOnPostgres(SharedPostgres api) : ClientImportTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class ClientImportOnSqlite(SharedSqlite api) : ClientImportTests(api.Factory), IClassFixture<SharedSqlite>;
