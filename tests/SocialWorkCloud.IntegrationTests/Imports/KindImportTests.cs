using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Features.Imports;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.IntegrationTests.Infrastructure;
using static SocialWorkCloud.IntegrationTests.Imports.ImportWorkbooks;

namespace SocialWorkCloud.IntegrationTests.Imports;

/// <summary>
/// The facility admin's kinds (departments, collaborators, staff with practice certificates, donors): for each, a file
/// with errors is refused with them and writes nothing, a good file commits, and the same file again changes nothing.
/// </summary>
public abstract class KindImportTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    /// <summary>What these imports could write into the tenant's hospital, with versions (so an update shows).</summary>
    private async Task<string> StateAsync(Tenant tenant)
    {
        await using var scope = World.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var h = tenant.HospitalId;
        var departments = await db.Departments.IgnoreQueryFilters().Where(d => d.FacilityId == h).Select(d => d.Id + ":" + d.Kind).ToListAsync();
        var collaborators = await db.Collaborators.IgnoreQueryFilters().Where(c => c.FacilityId == h).Select(c => c.Id + ":" + c.Phone + ":" + c.JoinedOn).ToListAsync();
        var staff = await db.StaffMembers.IgnoreQueryFilters().Where(s => s.FacilityId == h).Select(s => s.Id + ":" + s.Version).ToListAsync();
        var certificates = await db.PracticeCertificates.IgnoreQueryFilters().CountAsync(c => c.FacilityId == h);
        var donors = await db.Donors.IgnoreQueryFilters().Where(d => d.FacilityId == h).Select(d => d.Id + ":" + d.Version).ToListAsync();
        var imports = await db.ImportRecords.CountAsync(r => r.FacilityId == h);
        return string.Join("|", string.Join(",", departments.Order()), string.Join(",", collaborators.Order()), string.Join(",", staff.Order()), certificates,
            string.Join(",", donors.Order()), imports);
    }

    private static async Task<List<string>> HeadersAsync(HttpClient client, string kind)
    {
        using var response = await client.GetAsync($"/api/v1/imports/{kind}/template");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Read(bytes).Count.ShouldBe(2, "the header and the example row");
        // The template uploaded as it is: the example row is skipped, nothing to import, nothing wrong.
        var check = await (await client.PostAsync($"/api/v1/imports/{kind}/check", Upload(bytes))).ReadAsync<ImportCheckResult>();
        (check.Rows, check.Problems.Count).ShouldBe((0, 0));
        return Headers(bytes);
    }

    /// <summary>The refusal, the commit, and the same file again, for one kind.</summary>
    private async Task<ImportRecordDto> RoundTripAsync(Tenant tenant, HttpClient admin, string kind, byte[] wrong,
        (int Row, string Column, string Code)[] problems, byte[] good, (int Created, int Updated) expected)
    {
        var before = await StateAsync(tenant);
        var check = await (await admin.PostAsync($"/api/v1/imports/{kind}/check", Upload(wrong))).ReadAsync<ImportCheckResult>();
        check.Problems.Select(p => (p.Row, p.Column, p.Code)).ShouldBe(problems, ignoreOrder: true);
        check.Problems.ShouldAllBe(p => !string.IsNullOrWhiteSpace(p.Message) && !string.IsNullOrWhiteSpace(p.Header));
        var annotated = await admin.PostAsync($"/api/v1/imports/{kind}/annotated", Upload(wrong));
        annotated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = Read(await annotated.Content.ReadAsByteArrayAsync());
        rows.Single(r => r.Number == problems[0].Row).Cells.Last()!.ShouldContain(problems[0].Column + " (");
        (await admin.PostAsync($"/api/v1/imports/{kind}/commit", Upload(wrong)).ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("import-has-problems");
        (await StateAsync(tenant)).ShouldBe(before, "a refused import wrote something");

        var first = await (await admin.PostAsync($"/api/v1/imports/{kind}/commit", Upload(good, $"{kind}.xlsx"))).ReadAsync<ImportRecordDto>();
        (first.Created, first.Updated).ShouldBe(expected);
        var afterFirst = await StateAsync(tenant);
        var again = await (await admin.PostAsync($"/api/v1/imports/{kind}/commit", Upload(good, $"{kind}.xlsx"))).ReadAsync<ImportRecordDto>();
        (again.Created, again.Updated, again.Unchanged).ShouldBe((0, 0, first.Created + first.Updated + first.Unchanged));
        var afterAgain = await StateAsync(tenant);
        afterAgain[..afterAgain.LastIndexOf('|')].ShouldBe(afterFirst[..afterFirst.LastIndexOf('|')], "the same file again changed something");
        (await admin.GetAsync<List<ImportRecordDto>>($"/api/v1/imports")).Count(r => r.FileName == $"{kind}.xlsx").ShouldBe(2);
        return first;
    }

    [Fact]
    public async Task Departments_collaborators_and_staff_with_certificates_are_imported_all_or_nothing_once()
    {
        var tenant = await World.NewTenantAsync();
        using var admin = await World.ClientForAsync(tenant.AdminEmail);

        var departments = await HeadersAsync(admin, "departments");
        await RoundTripAsync(tenant, admin, "departments",
            Workbook(departments, ["Khoa Nội", "Khoa lâm sàng"], ["Khoa Ngoại", "Khoa gì đó"], ["khoa noi", "Khoa lâm sàng"], [null, "Khoa lâm sàng"]),
            [(3, "B", "import-not-a-choice"), (4, "A", "import-duplicate-row"), (5, "A", "import-required")],
            Workbook(departments, ["Khoa Nội", "Khoa lâm sàng"], ["Khoa Ngoại", "Khoa lâm sàng"], ["Tổ dân phố 3", "Tổ dân phố/thôn"]),
            (3, 0));

        var collaborators = await HeadersAsync(admin, "collaborators");
        await RoundTripAsync(tenant, admin, "collaborators",
            Workbook(collaborators, ["Trần Thị Hoa", "Khoa Nội", "0912 345 678", "01/03/2024", null], ["Lê Văn Nam", "Khoa Mắt", null, null, null],
                ["Phạm Thị Lan", "khoa ngoai", "12", "31/02/2024", null]),
            [(3, "B", "import-department-unknown"), (4, "C", "import-phone-invalid"), (4, "D", "import-not-a-date")],
            Workbook(collaborators, ["Trần Thị Hoa", "Khoa Nội", "0912 345 678", "01/03/2024", null], ["Lê Văn Nam", "khoa ngoai", null, null, null]),
            (2, 0));

        var staff = await HeadersAsync(admin, "staff");
        string?[] Staff(string code, string name, string? cert, string? issuer = "Sở Y tế", string? issued = "15/01/2025", string level = "Đại học") =>
            [code, name, "Nhân viên CTXH", "Khoa Nội", "Biên chế", level, "Công tác xã hội", "01/09/2020", cert, cert is null ? null : issuer, cert is null ? null : issued, null];
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var good = Workbook(staff, Staff("NV01", "Nguyễn Thị Mai", $"CC-{tag}-1"), Staff("NV01", "Nguyễn Thị Mai", $"CC-{tag}-2"), Staff("NV02", "Đỗ Văn Hùng", null));
        var first = await RoundTripAsync(tenant, admin, "staff",
            Workbook(staff, Staff("NV01", "Nguyễn Thị Mai", $"CC-{tag}-1"), Staff("NV01", "Nguyễn Thị Mai", $"CC-{tag}-1", level: "Thạc sĩ"),
                Staff("NV 03", "Hồ Văn Sai", null), Staff("NV04", "Vũ Thị Thiếu", $"CC-{tag}-4", issuer: null)),
            [(3, "B", "import-staff-rows-disagree"), (3, "I", "import-duplicate-row"), (4, "A", "import-code-format"), (5, "J", "import-required")],
            good, (2, 0));
        first.Rows.ShouldBe(3);
        await using (var scope = World.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var mai = await db.StaffMembers.IgnoreQueryFilters().SingleAsync(s => s.FacilityId == tenant.HospitalId && s.StaffCode == "NV01");
            (await db.PracticeCertificates.IgnoreQueryFilters().Where(c => c.StaffMemberId == mai.Id).Select(c => c.Number).ToListAsync())
                .ShouldBe([$"CC-{tag}-1", $"CC-{tag}-2"], ignoreOrder: true);
        }
        // A changed profile updates the staff member; a certificate of someone else is refused.
        var changed = await (await admin.PostAsync("/api/v1/imports/staff/check", Upload(Workbook(staff, Staff("NV02", "Đỗ Văn Hùng", null, level: "Thạc sĩ"),
            Staff("NV05", "Ngô Văn Mượn", $"CC-{tag}-1"))))).ReadAsync<ImportCheckResult>();
        changed.Problems.Select(p => (p.Row, p.Column, p.Code)).ShouldBe([(3, "I", "import-certificate-taken")]);
        (changed.ToUpdate, changed.ToCreate).ShouldBe((1, 1));

        // The staff list shows the imported staff member.
        (await admin.GetAsync<List<ImportedStaff>>("/api/v1/workforce/staff")).ShouldContain(s => s.FullName == "Đỗ Văn Hùng");
    }

    [Fact]
    public async Task Imported_certificates_expiring_soon_reach_the_unit_head_at_once()
    {
        var tenant = await World.NewTenantAsync();
        using var admin = await World.ClientForAsync(tenant.AdminEmail);
        var staff = await HeadersAsync(admin, "staff");
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var expires = Domain.Common.VietnamClock.Today().AddDays(30).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        string?[] row = ["NV09", "Lý Thị Sắp Hết " + tag, "Nhân viên CTXH", null, "Biên chế", "Đại học", "Công tác xã hội", "01/09/2020",
            $"CC-{tag}-9", "Sở Y tế", "15/01/2022", expires];
        var done = await (await admin.PostAsync("/api/v1/imports/staff/commit", Upload(Workbook(staff, row)))).ReadAsync<ImportRecordDto>();
        done.Created.ShouldBe(1);
        Guid staffId;
        await using (var scope = World.CreateScope())
            staffId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().StaffMembers.IgnoreQueryFilters()
                .Where(s => s.FacilityId == tenant.HospitalId && s.StaffCode == "NV09").Select(s => s.Id).SingleAsync();
        // No daily run: the import itself announces it (the deadline job writes the facility's items at once), to the unit head only.
        (await Notifications.Inboxes.WaitForAsync(admin, "CertificateExpiring", staffId)).Text.ShouldContain("Lý Thị Sắp Hết " + tag);
        await Notifications.Inboxes.ShouldHaveNothingAboutAsync(World, staffId, tenant.WorkerEmail, tenant.OfficerEmail, TestWorld.AdminA);
    }

    [Fact]
    public async Task Donors_are_imported_with_the_official_commune_once()
    {
        var tenant = await World.NewTenantAsync();
        await using (var scope = World.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Provinces.SingleAsync(p => p.Id == tenant.ProvinceId)).PlaceCode = "38";
            await db.SaveChangesAsync();
        }
        using var admin = await World.ClientForAsync(tenant.AdminEmail);
        var headers = await HeadersAsync(admin, "donors");
        string?[] Donor(string name, string? phone, string commune = "Phường Hàm Rồng", string kind = "Cá nhân", string? email = null) =>
            [kind, name, phone, email, commune, "Số 5 Lê Lợi", "Không", null];
        await RoundTripAsync(tenant, admin, "donors",
            Workbook(headers, Donor("Công ty Ánh Dương", "0237 3850 111", kind: "Tổ chức"), Donor("Bà Lê Thị Thu", "0912 111 222", commune: "Phường Không Có"),
                Donor("Ông Trần Văn Bảy", "0912.333.444", email: "khong-phai-email"), Donor("cong ty anh duong", "02373850111", kind: "Tổ chức")),
            [(3, "E", "import-commune-unknown"), (4, "D", "import-email-invalid"), (5, "B", "import-duplicate-row")],
            Workbook(headers, Donor("Công ty Ánh Dương", "0237 3850 111", kind: "Tổ chức"), Donor("Bà Lê Thị Thu", "0912 111 222", commune: "phuong dong son"),
                Donor("Ông Trần Văn Bảy", "0912.333.444", email: "bay@example.org")),
            (3, 0));
        var donors = await admin.GetAsync<Page<ImportedDonor>>("/api/v1/fundraising/donors?pageSize=50");
        donors.Items.Single(d => d.Name == "Bà Lê Thị Thu").CommuneCode.ShouldBe("16378");
        // Only a facility admin imports donors.
        using var worker = await World.ClientForAsync(tenant.WorkerEmail);
        await worker.GetAsync("/api/v1/imports/donors/template").ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_files_are_refused_for_every_kind_and_write_nothing()
    {
        var tenant = await World.NewTenantAsync();
        using var admin = await World.ClientForAsync(tenant.AdminEmail);
        var before = await StateAsync(tenant);
        foreach (var kind in new[] { "departments", "collaborators", "staff", "donors" })
        {
            var headers = await HeadersAsync(admin, kind);
            var wrongHeaders = headers.ToList();
            wrongHeaders[0] = "Cột lạ";
            var cases = new (byte[] File, string Code)[]
            {
                ("a,b\n1,2"u8.ToArray(), "import-not-xlsx"),
                (PasswordProtected(), "import-password-protected"),
                (ZipBomb(), "import-zip-bomb"),
                (Workbook(wrongHeaders, ["x"]), "import-wrong-template"),
                (WithFormula(headers), "import-formula-cells"),
                (new byte[20 * 1024 * 1024 + 1], "import-file-too-large"),
            };
            foreach (var (file, code) in cases)
            {
                var problem = await admin.PostAsync($"/api/v1/imports/{kind}/commit", Upload(file)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
                problem.Code.ShouldBe(code, $"{kind} {code}");
            }
        }
        (await StateAsync(tenant)).ShouldBe(before, "a refused file wrote something");
    }

    private sealed record ImportedStaff(Guid Id, string FullName);

    private sealed record ImportedDonor(Guid Id, string Name, string? CommuneCode);
}

public sealed class KindImportOnPostgres(SharedPostgres api) : KindImportTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class KindImportOnSqlite(SharedSqlite api) : KindImportTests(api.Factory), IClassFixture<SharedSqlite>;
