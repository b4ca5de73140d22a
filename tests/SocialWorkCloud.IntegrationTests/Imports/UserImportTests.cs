using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Features.Imports;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.IntegrationTests.Infrastructure;
using static SocialWorkCloud.IntegrationTests.Imports.ImportWorkbooks;

namespace SocialWorkCloud.IntegrationTests.Imports;

/// <summary>A province officer (and a platform admin) creates accounts from a workbook: each is invited by e-mail after the commit.</summary>
public abstract class UserImportTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    private async Task<(string Facility, string Province, string OtherFacility)> CodesAsync(Tenant tenant)
    {
        await using var scope = World.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var facility = await db.Facilities.Where(f => f.Id == tenant.HospitalId).Select(f => f.Code).SingleAsync();
        var province = await db.Provinces.Where(p => p.Id == tenant.ProvinceId).Select(p => p.Code).SingleAsync();
        var other = await db.Facilities.Where(f => f.Id == World.HospitalB).Select(f => f.Code).SingleAsync();
        return (facility, province, other);
    }

    private async Task<List<string>> AccountsAsync(IEnumerable<string> emails)
    {
        await using var scope = World.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var list = emails.ToList();
        return await db.Users.Where(u => list.Contains(u.Email!)).Select(u => u.Email + ":" + u.Role + ":" + u.FacilityId + ":" + u.Version).ToListAsync();
    }

    [Fact]
    public async Task A_province_officer_invites_accounts_from_a_workbook_once_and_an_invited_user_signs_in()
    {
        var tenant = await World.NewTenantAsync();
        var (facility, province, otherFacility) = await CodesAsync(tenant);
        using var officer = await World.ClientForAsync(tenant.OfficerEmail);
        var template = await (await officer.GetAsync("/api/v1/imports/users/template")).Content.ReadAsByteArrayAsync();
        var headers = Headers(template);
        headers.ShouldBe(["Họ và tên *", "Email *", "Vai trò *", "Mã cơ sở", "Mã tỉnh"]);
        var tag = Guid.NewGuid().ToString("N")[..8];
        string a = $"moi-a-{tag}@test.vn", b = $"moi-b-{tag}@test.vn", c = $"moi-c-{tag}@test.vn";

        var wrong = Workbook(headers,
            ["Nguyễn Văn Một", a, "Nhân viên CTXH", facility, null],
            ["Trần Thị Hai", b, "Cán bộ Sở Y tế", null, province],
            ["Lê Văn Ba", c, "Quản trị đơn vị", otherFacility, null],
            ["Phạm Văn Bốn", "khong-email", "Cộng tác viên", facility, null],
            ["Nguyễn Văn Một", a.ToUpperInvariant(), "Nhân viên CTXH", facility, null],
            ["Đỗ Thị Năm", TestWorld.AdminA, "Nhân viên CTXH", facility, null]);
        var check = await (await officer.PostAsync("/api/v1/imports/users/check", Upload(wrong))).ReadAsync<ImportCheckResult>();
        check.Problems.Select(p => (p.Row, p.Column, p.Code)).ShouldBe(
            [(3, "C", "import-role-not-grantable"), (4, "D", "import-facility-unknown"), (5, "B", "import-email-invalid"), (6, "B", "import-duplicate-row"),
                (7, "B", "import-user-email-in-use")], ignoreOrder: true);
        (await officer.PostAsync("/api/v1/imports/users/commit", Upload(wrong)).ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("import-has-problems");
        (await AccountsAsync([a, b, c])).ShouldBeEmpty("a refused import created accounts");

        var good = Workbook(headers,
            ["Nguyễn Văn Một", a, "Nhân viên CTXH", facility, null],
            ["Trần Thị Hai", b, "Quản trị đơn vị", facility.ToLowerInvariant(), province],
            ["Lê Văn Ba", c, "Cộng tác viên", facility, null]);
        var first = await (await officer.PostAsync("/api/v1/imports/users/commit", Upload(good, "tai-khoan.xlsx"))).ReadAsync<ImportRecordDto>();
        (first.Rows, first.Created, first.Unchanged).ShouldBe((3, 3, 0));
        var accounts = await AccountsAsync([a, b, c]);
        accounts.Count.ShouldBe(3);
        accounts.ShouldAllBe(x => x.Contains(tenant.HospitalId.ToString(), StringComparison.OrdinalIgnoreCase));

        // Each received the invitation; one sets a password from it and signs in.
        var message = await TestMailbox.Instance.WaitForAsync(b);
        message.Subject!.ShouldContain("Lời mời");
        (await TestMailbox.Instance.WaitForAsync(c)).ShouldNotBeNull();
        var token = TestMailbox.LinkToken(await TestMailbox.Instance.WaitForAsync(a), "accept-invitation");
        using var anonymous = World.Anonymous();
        (await anonymous.PostAsJsonAsync("/api/v1/auth/accept-invitation", new LinkPassword(token, "mùa lúa chín trên đồng quê"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new Login(a, "mùa lúa chín trên đồng quê"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The same file again: every account is there as it was; nobody is invited twice.
        var again = await (await officer.PostAsync("/api/v1/imports/users/commit", Upload(good, "tai-khoan.xlsx"))).ReadAsync<ImportRecordDto>();
        (again.Created, again.Updated, again.Unchanged).ShouldBe((0, 0, 3));
        (await AccountsAsync([b, c])).ShouldBe(accounts.Where(x => !x.StartsWith(a, StringComparison.Ordinal)), ignoreOrder: true);
        await Task.Delay(1000);
        TestMailbox.Instance.To(c).Count.ShouldBe(1);
        (await officer.GetAsync<List<ImportRecordDto>>("/api/v1/imports?kind=Users")).Count.ShouldBe(2);

        // A facility admin does not import accounts.
        using var admin = await World.ClientForAsync(tenant.AdminEmail);
        (await admin.PostAsync("/api/v1/imports/users/check", Upload(good)).ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("import-kind-not-allowed");
    }

    [Fact]
    public async Task A_platform_admin_may_also_create_province_officers_never_platform_admins()
    {
        var tenant = await World.NewTenantAsync();
        var (facility, province, _) = await CodesAsync(tenant);
        using var platform = await World.ClientForAsync(TestWorld.Platform);
        var headers = Headers(await (await platform.GetAsync("/api/v1/imports/users/template")).Content.ReadAsByteArrayAsync());
        var tag = Guid.NewGuid().ToString("N")[..8];
        var check = await (await platform.PostAsync("/api/v1/imports/users/check", Upload(Workbook(headers,
            ["Cán bộ Mới", $"so-{tag}@test.vn", "Cán bộ Sở Y tế", null, province],
            ["Quản trị Mới", $"qt-{tag}@test.vn", "Quản trị đơn vị", facility, province],
            ["Siêu Quản Trị", $"root-{tag}@test.vn", "PlatformAdmin", null, null])))).ReadAsync<ImportCheckResult>();
        check.Problems.Select(p => (p.Row, p.Column, p.Code)).ShouldBe([(4, "C", "import-role-not-grantable")]);
        var committed = await (await platform.PostAsync("/api/v1/imports/users/commit", Upload(Workbook(headers,
            ["Cán bộ Mới", $"so-{tag}@test.vn", "Cán bộ Sở Y tế", null, province],
            ["Quản trị Mới", $"qt-{tag}@test.vn", "Quản trị đơn vị", facility, province])))).ReadAsync<ImportRecordDto>();
        committed.Created.ShouldBe(2);
        (await TestMailbox.Instance.WaitForAsync($"so-{tag}@test.vn")).Subject!.ShouldContain("Lời mời");
    }
}

public sealed class UserImportOnPostgres(SharedPostgres api) : UserImportTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class UserImportOnSqlite(SharedSqlite api) : UserImportTests(api.Factory), IClassFixture<SharedSqlite>;
