using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Features.Workforce;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Workforce;

/// <summary>
/// The Decree 110/2024 lists around 1 January 2027 and the 60-day expiry window, on a unit of
/// seven people whose certificates are arranged to sit on each edge (see <see cref="ArrangeAsync"/>).
/// </summary>
public abstract class CertificateWatchTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    private async Task<(ActivityFacility F, Dictionary<string, Guid> Staff)> ArrangeAsync()
    {
        var f = await World.NewActivityFacilityAsync();
        var staff = new Dictionary<string, Guid>();
        async Task Person(string name, string? leftOn = null, params (string Issued, string? Expires)[] certificates)
        {
            var created = await (await f.Admin.PostJsonAsync("/api/v1/workforce/staff", new
            {
                fullName = name, role = "SocialWorker", employmentType = "Permanent", qualificationLevel = "Bachelor", qualificationMajor = "SocialWork",
                joinedOn = "2020-01-01", leftOn,
            })).ReadAsync<JsonElement>(HttpStatusCode.Created);
            staff[name] = created.GetProperty("id").GetGuid();
            foreach (var (issued, expires) in certificates)
            {
                (await f.Admin.PostJsonAsync($"/api/v1/workforce/staff/{staff[name]}/certificates",
                    new { number = $"CC-{Guid.NewGuid():N}"[..20], issuer = "Sở Y tế", issuedOn = issued, expiresOn = expires }))
                    .StatusCode.ShouldBe(HttpStatusCode.Created);
            }
        }
        await Person("A Không chứng chỉ");
        await Person("B Vô thời hạn", null, ("2024-01-01", null));
        await Person("C Hết hạn 31-12-2026", null, ("2020-01-01", "2026-12-31"));
        await Person("D Hết hạn 01-01-2027", null, ("2020-01-01", "2027-01-01"));
        await Person("E Đã gia hạn", null, ("2020-01-01", "2026-12-20"), ("2026-12-01", null));
        await Person("F Đã nghỉ", "2026-06-30");
        await Person("G Hết hạn 01-03-2027", null, ("2022-01-01", "2027-03-01"));
        return (f, staff);
    }

    private static async Task<JsonElement> WatchAsync(HttpClient client, string asOf) =>
        await (await client.GetAsync($"/api/v1/workforce/certificate-watch?asOf={asOf}")).ReadAsync<JsonElement>();

    private static string[] Names(JsonElement watch, string list) =>
        watch.GetProperty(list).EnumerateArray().Select(p => p.GetProperty("fullName").GetString()![..1]).ToArray();

    [Fact]
    public async Task Before_the_deadline_lists_who_lacks_one_now_and_on_1_January_2027()
    {
        var (f, _) = await ArrangeAsync();
        var watch = await WatchAsync(f.Admin, "2026-11-15");
        watch.GetProperty("requiredNow").GetBoolean().ShouldBeFalse();
        watch.GetProperty("activeStaff").GetInt32().ShouldBe(6);
        watch.GetProperty("certified").GetInt32().ShouldBe(5);
        Names(watch, "practisingWithout").ShouldBe(["A"]);
        Names(watch, "needOneByDeadline").ShouldBe(["A", "C"]);
        Names(watch, "expiringSoon").ShouldBe(["C", "D"]);
        watch.GetProperty("expiringSoon").EnumerateArray().Select(c => c.GetProperty("daysLeft").GetInt32()).ShouldBe([46, 47]);
    }

    [Fact]
    public async Task The_last_day_before_the_deadline_and_the_60_day_edge()
    {
        var (f, _) = await ArrangeAsync();
        var watch = await WatchAsync(f.Admin, "2026-12-31");
        Names(watch, "practisingWithout").ShouldBe(["A"]);
        Names(watch, "needOneByDeadline").ShouldBe(["A", "C"]);
        // 01/03/2027 is exactly 60 days after 31/12/2026: inside the window; E renewed, so E is not flagged.
        Names(watch, "expiringSoon").ShouldBe(["C", "D", "G"]);
        watch.GetProperty("expiringSoon").EnumerateArray().Select(c => c.GetProperty("daysLeft").GetInt32()).ShouldBe([0, 1, 60]);
    }

    [Fact]
    public async Task From_1_January_2027_practising_without_a_certificate_is_the_list_that_counts()
    {
        var (f, _) = await ArrangeAsync();
        var onDeadline = await WatchAsync(f.Admin, "2027-01-01");
        onDeadline.GetProperty("requiredNow").GetBoolean().ShouldBeTrue();
        Names(onDeadline, "practisingWithout").ShouldBe(["A", "C"]);
        Names(onDeadline, "needOneByDeadline").ShouldBeEmpty();

        var after = await WatchAsync(f.Admin, "2027-01-02");
        Names(after, "practisingWithout").ShouldBe(["A", "C", "D"]);
        Names(after, "expiringSoon").ShouldBe(["G"]);
        after.GetProperty("certified").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task The_daily_job_checks_each_facility_inside_its_own_tenant()
    {
        var (f, _) = await ArrangeAsync();
        (await WatchAsync(f.Admin, "2026-11-15")).GetProperty("lastCheckedAt").ValueKind.ShouldBe(JsonValueKind.Null);

        await using (var scope = factory.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<CertificateJobs>().CheckFacilityAsync(f.Id, new DateOnly(2026, 11, 15), CancellationToken.None);
        }
        await using (var scope = factory.CreateScope())
        {
            var check = await scope.ServiceProvider.GetRequiredService<AppDbContext>().CertificateChecks.IgnoreTenant().SingleAsync(c => c.FacilityId == f.Id);
            (check.PractisingWithout, check.NeedOneByDeadline, check.ExpiringSoon).ShouldBe((1, 2, 2));
        }
        (await WatchAsync(f.Admin, "2026-11-15")).GetProperty("lastCheckedAt").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task A_scanned_copy_is_uploaded_and_read_back_and_other_files_are_refused()
    {
        var (f, staff) = await ArrangeAsync();
        var list = await (await f.Admin.GetAsync("/api/v1/workforce/staff")).ReadAsync<JsonElement>();
        var certificateId = list.EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == staff["B Vô thời hạn"])
            .GetProperty("certificates")[0].GetProperty("id").GetGuid();

        var pdf = "%PDF-1.4 chứng chỉ"u8.ToArray();
        var uploaded = await (await f.Admin.PostAsync($"/api/v1/workforce/certificates/{certificateId}/scan", Upload(pdf, "application/pdf", "cchn.pdf")))
            .ReadAsync<JsonElement>();
        uploaded.GetProperty("hasScan").GetBoolean().ShouldBeTrue();
        var download = await f.Admin.GetAsync($"/api/v1/workforce/certificates/{certificateId}/scan");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);

        await (await f.Admin.PostAsync($"/api/v1/workforce/certificates/{certificateId}/scan", Upload([1, 2], "text/plain", "a.txt")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await f.Admin.PostAsync($"/api/v1/workforce/certificates/{certificateId}/scan", new MultipartFormDataContent()))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_stale_staff_edit_is_a_conflict_and_a_duplicate_certificate_number_too()
    {
        var (f, staff) = await ArrangeAsync();
        var list = await (await f.Admin.GetAsync("/api/v1/workforce/staff?search=khong chung")).ReadAsync<JsonElement>();
        var a = list.EnumerateArray().Single();
        a.GetProperty("id").GetGuid().ShouldBe(staff["A Không chứng chỉ"]);
        var edit = new
        {
            version = a.GetProperty("version").GetGuid(), fullName = "A Không chứng chỉ", role = "Head", employmentType = "Permanent",
            qualificationLevel = "Master", qualificationMajor = "Psychology", practiceHostFacility = "Bệnh viện Nhi", practiceFrom = "2025-01-01",
            practiceTo = "2025-03-31", practiceSupervisor = "ThS. Trần Hà", practiceResult = "Passed",
        };
        var updated = await (await f.Admin.PutJsonAsync($"/api/v1/workforce/staff/{a.GetProperty("id").GetGuid()}", edit)).ReadAsync<JsonElement>();
        updated.GetProperty("role").GetString().ShouldBe("Head");
        updated.GetProperty("practiceResult").GetString().ShouldBe("Passed");
        await (await f.Admin.PutJsonAsync($"/api/v1/workforce/staff/{a.GetProperty("id").GetGuid()}", edit)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var certificate = new { number = "CCHN-TRUNG-LAP", issuer = "Sở Y tế", issuedOn = "2025-02-01" };
        (await f.Admin.PostJsonAsync($"/api/v1/workforce/staff/{staff["A Không chứng chỉ"]}/certificates", certificate)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await (await f.Admin.PostJsonAsync($"/api/v1/workforce/staff/{staff["C Hết hạn 31-12-2026"]}/certificates", certificate))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Departments_show_whether_each_clinical_one_has_a_collaborator()
    {
        var f = await World.NewActivityFacilityAsync();
        async Task<Guid> Department(string name, string kind) =>
            (await (await f.Admin.PostJsonAsync("/api/v1/departments", new { name, kind })).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var internalMedicine = await Department("Khoa Nội", "Clinical");
        await Department("Khoa Ngoại", "Clinical");
        var group = await Department("Tổ dân phố 3", "ResidentialGroup");
        await (await f.Admin.PostJsonAsync("/api/v1/departments", new { name = "Khoa Nội", kind = "Clinical" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        foreach (var (name, department) in new[] { ("Hà", internalMedicine), ("Lan", internalMedicine), ("Tú", group) })
        {
            (await f.Admin.PostJsonAsync("/api/v1/workforce/collaborators", new { fullName = name, departmentId = department })).StatusCode.ShouldBe(HttpStatusCode.Created);
        }
        var departments = await (await f.Admin.GetAsync("/api/v1/departments")).ReadAsync<JsonElement>();
        departments.GetProperty("clinicalDepartments").GetInt32().ShouldBe(2);
        departments.GetProperty("clinicalWithCollaborator").GetInt32().ShouldBe(1);
        departments.GetProperty("items").EnumerateArray().Select(d => (d.GetProperty("name").GetString(), d.GetProperty("collaboratorCount").GetInt32()))
            .ShouldBe([("Khoa Ngoại", 0), ("Khoa Nội", 2), ("Tổ dân phố 3", 1)]);
        (await (await f.Admin.GetAsync("/api/v1/workforce/collaborators")).ReadAsync<JsonElement>()).GetArrayLength().ShouldBe(3);
    }

    private static MultipartFormDataContent Upload(byte[] bytes, string contentType, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", name } };
    }
}

public sealed class CertificateWatchOnPostgres(SharedPostgres api) : CertificateWatchTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class CertificateWatchOnSqlite(SharedSqlite api) : CertificateWatchTests(api.Factory), IClassFixture<SharedSqlite>;
