using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Text;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Ordering;

/// <summary>
/// Lists come in the Vietnamese alphabetical order (a ă â b c d đ e …; Đặng after Dương, before E;
/// "Bệnh viện Đa khoa" before "Bệnh viện Mắt"), the order the portal's Intl.Collator('vi') gives, and paged
/// lists keep it across pages because the database orders by the stored key.
/// </summary>
public abstract class VietnameseOrderTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    // Shuffled on the way in; the expected order is the dictionary's.
    private static readonly string[] Hospitals =
        ["Bệnh viện Mắt", "Bệnh viện Đa khoa", "Bệnh viện Ung bướu", "Bệnh viện Da liễu", "Bệnh viện Điều dưỡng", "Bệnh viện Dương Kinh", "Bệnh viện Ánh Sáng", "Bệnh viện An Bình"];
    private static readonly string[] HospitalsInOrder =
        ["Bệnh viện An Bình", "Bệnh viện Ánh Sáng", "Bệnh viện Da liễu", "Bệnh viện Dương Kinh", "Bệnh viện Đa khoa", "Bệnh viện Điều dưỡng", "Bệnh viện Mắt", "Bệnh viện Ung bướu"];

    private static readonly string[] People = ["Em Văn Tú", "Đặng Thị Hoa", "Ân Văn Ba", "Dương Văn Nam", "An Thị Mai", "Ơn Thị Lý", "Ô Văn Hải", "Đỗ Văn Bình", "Bùi Thị Cúc"];
    private static readonly string[] PeopleInOrder = ["An Thị Mai", "Ân Văn Ba", "Bùi Thị Cúc", "Dương Văn Nam", "Đặng Thị Hoa", "Đỗ Văn Bình", "Em Văn Tú", "Ô Văn Hải", "Ơn Thị Lý"];

    [Fact]
    public async Task The_facility_registry_pages_in_Vietnamese_order()
    {
        var province = await World.NewProvinceAsync("Tỉnh Thứ Tự " + Guid.NewGuid().ToString("N")[..6]);
        foreach (var name in Hospitals) await World.NewFacilityAsync(province, FacilityType.PublicHospital, name);
        using var platform = await World.ClientForAsync(TestWorld.Platform);

        var names = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var items = await platform.GetAsync<Page<FacilityItem>>($"/api/v1/facilities?provinceId={province}&pageSize=3&page={page}");
            names.AddRange(items.Items.Select(i => i.Name));
        }
        names.ShouldBe(HospitalsInOrder);
    }

    [Fact]
    public async Task Names_written_before_the_sort_key_get_theirs_at_startup()
    {
        var province = await World.NewProvinceAsync("Tỉnh Trước Khóa " + Guid.NewGuid().ToString("N")[..6]);
        var facility = await World.NewFacilityAsync(province, FacilityType.PublicHospital, "Bệnh viện Đa khoa Cũ");
        await using var scope = World.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // As a row written before the column existed: the migration's default.
        await db.Facilities.Where(f => f.Id == facility).ExecuteUpdateAsync(s => s.SetProperty(f => f.SortName, ""));

        (await SortNameBackfill.RunAsync(db, CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1);

        (await db.Facilities.AsNoTracking().Where(f => f.Id == facility).Select(f => EF.Property<string>(f, "SortName")).SingleAsync())
            .ShouldBe(VietnameseCollation.SortKey("Bệnh viện Đa khoa Cũ"));
        (await SortNameBackfill.RunAsync(db, CancellationToken.None)).ShouldBe(0);
    }

    [Fact]
    public async Task The_client_register_donors_and_staff_list_in_Vietnamese_order()
    {
        var tenant = await World.NewTenantAsync("Bệnh viện Thứ Tự");
        using var worker = await tenant.WorkerAsync();
        using var admin = await tenant.AdminAsync();
        foreach (var name in People)
        {
            (await worker.PostJsonAsync("/api/v1/clients", new { fullName = name })).StatusCode.ShouldBe(HttpStatusCode.Created);
            (await worker.PostJsonAsync("/api/v1/fundraising/donors", new { kind = "Individual", name, isAnonymousInPublic = false })).StatusCode.ShouldBe(HttpStatusCode.Created);
            (await admin.PostJsonAsync("/api/v1/workforce/staff", new
            {
                fullName = name, role = "SocialWorker", employmentType = "Permanent", qualificationLevel = "Bachelor", qualificationMajor = "SocialWork",
            })).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var clients = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var json = await (await worker.GetAsync($"/api/v1/clients?pageSize=4&page={page}")).ReadAsync<JsonElement>();
            clients.AddRange(json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("fullName").GetString()!));
        }
        clients.ShouldBe(PeopleInOrder);

        var donors = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var json = await (await worker.GetAsync($"/api/v1/fundraising/donors?pageSize=4&page={page}")).ReadAsync<JsonElement>();
            donors.AddRange(json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!));
        }
        donors.ShouldBe(PeopleInOrder);

        var staff = await (await admin.GetAsync("/api/v1/workforce/staff")).ReadAsync<JsonElement>();
        staff.EnumerateArray().Select(s => s.GetProperty("fullName").GetString()).ShouldBe(PeopleInOrder);
    }
}

public sealed class VietnameseOrderOnPostgres(SharedPostgres api) : VietnameseOrderTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class VietnameseOrderOnSqlite(SharedSqlite api) : VietnameseOrderTests(api.Factory), IClassFixture<SharedSqlite>;
