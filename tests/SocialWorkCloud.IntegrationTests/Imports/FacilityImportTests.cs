using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Features.Imports;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.IntegrationTests.Infrastructure;
using static SocialWorkCloud.IntegrationTests.Imports.ImportWorkbooks;

namespace SocialWorkCloud.IntegrationTests.Imports;

/// <summary>A province officer imports the province's facilities with their unit-status history from a workbook.</summary>
public abstract class FacilityImportTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    /// <summary>An officer of a fresh province whose official code is Thanh Hóa's (38), so communes are checked against its 166.</summary>
    private async Task<(Tenant Tenant, HttpClient Officer)> ProvinceAsync()
    {
        var tenant = await World.NewTenantAsync();
        await using (var scope = World.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var province = await db.Provinces.SingleAsync(p => p.Id == tenant.ProvinceId);
            province.PlaceCode = "38";
            await db.SaveChangesAsync();
        }
        return (tenant, await World.ClientForAsync(tenant.OfficerEmail));
    }

    private static string?[] Facility(string code, string name, string type = "Trạm Y tế xã/phường", string commune = "Phường Hàm Rồng",
        string? status = "Tổ công tác xã hội", string? effective = "01/06/2024", string? decision = "QĐ 12/QĐ-TYT") =>
        [code, name, type, "Công lập", commune, "Số 1 Lê Lợi", "0237 3850 000", "8", "15/03/2010", status, effective, decision, "2", "Nguyễn Văn A"];

    [Fact]
    public async Task The_template_has_the_vietnamese_headers_an_example_row_and_drop_down_lists()
    {
        var (_, officer) = await ProvinceAsync();
        using var response = await officer.GetAsync("/api/v1/imports/facilities/template");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(XlsxType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var rows = Read(bytes);
        rows[0].Cells.ShouldContain("Mã cơ sở *");
        rows[0].Cells.ShouldContain("Xã/phường");
        rows.Count.ShouldBe(2, "the header and the example row");
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        (await sheet.ReadToEndAsync()).ShouldContain("<dataValidation type=\"list\"");
        // The example row left unchanged is skipped: the template uploaded as it is imports nothing and finds nothing wrong.
        var check = await (await officer.PostAsync("/api/v1/imports/facilities/check", Upload(bytes))).ReadAsync<ImportCheckResult>();
        check.Rows.ShouldBe(0);
        check.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_workbook_with_errors_is_checked_listed_by_row_and_column_annotated_and_refused_then_fixed_and_imported_once()
    {
        var (tenant, officer) = await ProvinceAsync();
        var headers = Headers(await (await officer.GetAsync("/api/v1/imports/facilities/template")).Content.ReadAsByteArrayAsync());
        var wrong = Workbook(headers,
            Facility("TYT-01", "Trạm Y tế phường Hàm Rồng"),
            Facility("TYT-02", "Trạm Y tế phường Hạc Thành", type: "Bệnh viện ma", commune: "Phường Hạc Thành"),
            Facility("TYT-03", "Trạm Y tế xã Không Có", commune: "Xã Không Có"),
            Facility("TYT-04", "Trạm Y tế phường Đông Sơn", commune: "phuong dong son", decision: null),
            Facility("TYT-01", "Trạm Y tế phường Hàm Rồng", status: "Phòng công tác xã hội", effective: "01/01/2026", decision: "QĐ 2/QĐ-TYT"));
        var before = await TenantStateAsync(World, tenant);

        var check = await (await officer.PostAsync("/api/v1/imports/facilities/check", Upload(wrong, "co-so.xlsx"))).ReadAsync<ImportCheckResult>();
        check.Rows.ShouldBe(5);
        check.Problems.Select(p => (p.Row, p.Column, p.Code)).ShouldBe(
            [(3, "C", "import-not-a-choice"), (4, "E", "import-commune-unknown"), (5, "L", "unit-decision-required")], ignoreOrder: true);
        check.Problems.Single(p => p.Row == 3).Header.ShouldBe("Loại hình");
        check.Problems.Single(p => p.Row == 3).Message.ShouldContain("Bệnh viện ma");

        var annotated = await officer.PostAsync("/api/v1/imports/facilities/annotated", Upload(wrong, "co-so.xlsx"));
        annotated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = Read(await annotated.Content.ReadAsByteArrayAsync());
        rows[0].Cells.Last()!.ShouldStartWith("Lỗi");
        rows.Single(r => r.Number == 3).Cells.Last()!.ShouldContain("C (Loại hình)");
        rows.Single(r => r.Number == 2).Cells.Length.ShouldBeLessThan(headers.Count + 1, "a row without problems has no annotation");

        var refused = await officer.PostAsync("/api/v1/imports/facilities/commit", Upload(wrong)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        refused.Code.ShouldBe("import-has-problems");
        (await TenantStateAsync(World, tenant)).ShouldBe(before, "a refused import wrote something");

        var fixedFile = Workbook(headers,
            Facility("TYT-01", "Trạm Y tế phường Hàm Rồng"),
            Facility("TYT-02", "Trạm Y tế phường Hạc Thành", commune: "Phường Hạc Thành"),
            Facility("TYT-03", "Trạm Y tế xã Đông Thành", commune: "16033", status: null, effective: null, decision: null),
            Facility("TYT-04", "Trạm Y tế phường Đông Sơn", commune: "phuong dong son"),
            Facility("TYT-01", "Trạm Y tế phường Hàm Rồng", status: "Phòng công tác xã hội", effective: "01/01/2026", decision: "QĐ 2/QĐ-TYT"));
        var imported = await (await officer.PostAsync("/api/v1/imports/facilities/commit", Upload(fixedFile, "co-so-da-sua.xlsx"))).ReadAsync<ImportRecordDto>();
        (imported.Rows, imported.Created, imported.Updated, imported.Unchanged).ShouldBe((5, 4, 0, 0));

        var list = await officer.GetAsync<Page<ImportedFacility>>($"/api/v1/facilities?pageSize=50&search=tram%20y%20te");
        list.Items.Select(f => f.Code).ShouldBe(["TYT-01", "TYT-02", "TYT-03", "TYT-04"], ignoreOrder: true);
        var first = list.Items.Single(f => f.Code == "TYT-01");
        var profile = await officer.GetAsync<ImportedProfile>($"/api/v1/facilities/{first.Id}");
        profile.CommuneCode.ShouldBe("14758");
        profile.UnitHistory.Select(h => h.Status).ShouldBe(["Team", "Department"]);
        (await officer.GetAsync<ImportedProfile>($"/api/v1/facilities/{list.Items.Single(f => f.Code == "TYT-04").Id}")).CommuneCode.ShouldBe("16378");

        // The same file again changes nothing: every facility and history entry is already there.
        var afterFirst = await TenantStateAsync(World, tenant, withImports: false);
        var again = await (await officer.PostAsync("/api/v1/imports/facilities/commit", Upload(fixedFile, "co-so-da-sua.xlsx"))).ReadAsync<ImportRecordDto>();
        (again.Created, again.Updated, again.Unchanged).ShouldBe((0, 0, 4));
        (await TenantStateAsync(World, tenant, withImports: false)).ShouldBe(afterFirst);

        var history = await officer.GetAsync<List<ImportRecordDto>>("/api/v1/imports?kind=Facilities");
        history.Select(h => h.FileName).ShouldBe(["co-so-da-sua.xlsx", "co-so-da-sua.xlsx"]);
        history.ShouldAllBe(h => h.ImportedBy != null && h.ImportedByName != null);
        // Another province's officer sees none of them.
        using var other = await World.ClientForAsync(TestWorld.Officer1);
        (await other.GetAsync<List<ImportRecordDto>>("/api/v1/imports")).ShouldNotContain(h => h.Id == imported.Id);
    }

    [Fact]
    public async Task Bad_files_are_refused_with_a_code_and_write_nothing()
    {
        var (tenant, officer) = await ProvinceAsync();
        var headers = Headers(await (await officer.GetAsync("/api/v1/imports/facilities/template")).Content.ReadAsByteArrayAsync());
        var before = await TenantStateAsync(World, tenant);
        var wrongHeaders = headers.ToList();
        wrongHeaders[2] = "Loại cơ sở";
        var cases = new (byte[] File, string Code)[]
        {
            ("Mã cơ sở,Tên cơ sở\nA,B"u8.ToArray(), "import-not-xlsx"),
            (PasswordProtected(), "import-password-protected"),
            (ZipBomb(), "import-zip-bomb"),
            (Workbook(wrongHeaders, Facility("TYT-99", "Trạm")), "import-wrong-template"),
            (WithFormula(headers), "import-formula-cells"),
            (new byte[20 * 1024 * 1024 + 1], "import-file-too-large"),
        };
        foreach (var (file, code) in cases)
        {
            foreach (var step in new[] { "check", "commit" })
            {
                var problem = await officer.PostAsync($"/api/v1/imports/facilities/{step}", Upload(file)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
                problem.Code.ShouldBe(code, $"{step} {code}");
                problem.Detail.ShouldNotBeNullOrWhiteSpace();
            }
        }
        var missing = await officer.PostAsync("/api/v1/imports/facilities/check", new MultipartFormDataContent()).ProblemAsync(HttpStatusCode.BadRequest);
        missing.Status.ShouldBe(400);
        (await TenantStateAsync(World, tenant)).ShouldBe(before, "a refused file wrote something");
    }

    [Fact]
    public async Task Only_a_province_officer_imports_facilities()
    {
        var (tenant, _) = await ProvinceAsync();
        var template = await (await (await World.ClientForAsync(tenant.OfficerEmail)).GetAsync("/api/v1/imports/facilities/template")).Content.ReadAsByteArrayAsync();
        var file = Workbook(Headers(template), Facility("TYT-77", "Trạm"));
        using var admin = await World.ClientForAsync(tenant.AdminEmail);
        (await admin.PostAsync("/api/v1/imports/facilities/commit", Upload(file)).ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("import-kind-not-allowed");
        using var worker = await World.ClientForAsync(tenant.WorkerEmail);
        await worker.PostAsync("/api/v1/imports/facilities/check", Upload(file)).ProblemAsync(HttpStatusCode.Forbidden);
        await worker.GetAsync("/api/v1/imports").ProblemAsync(HttpStatusCode.Forbidden);
    }

    private sealed record ImportedFacility(Guid Id, string Code, string Name);

    private sealed record ImportedProfile(Guid Id, string? CommuneCode, List<ImportedEntry> UnitHistory);

    private sealed record ImportedEntry(string Status, DateOnly EffectiveDate);
}

public sealed class FacilityImportOnPostgres(SharedPostgres api) : FacilityImportTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class FacilityImportOnSqlite(SharedSqlite api) : FacilityImportTests(api.Factory), IClassFixture<SharedSqlite>;
