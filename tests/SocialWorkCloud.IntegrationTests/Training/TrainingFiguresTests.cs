using System.Net;
using System.Text.Json;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Training;

/// <summary>
/// Training shares against hand-computed figures. The facility has 100 medical staff (the registry),
/// two social-work staff (S1 certified) and one collaborator. In 2025: course 1 (16 h) with S1, K1,
/// "Bác sĩ An", "Y tá Bình" and 10 unnamed medical staff; course 2 (12 h) with S1, S2, "bac si an"
/// (the same doctor) and 5 unnamed. A 2024 course (8 h) with S2 does not count for 2025.
/// </summary>
public abstract class TrainingFiguresTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    public sealed record Arranged(ActivityFacility F, Guid S1, Guid S2, Guid K1, Guid Course1);

    public static async Task<Arranged> ArrangeAsync(TestWorld world, ActivityFacility f)
    {
        async Task<Guid> Staff(string name) => (await (await f.Admin.PostJsonAsync("/api/v1/workforce/staff", new
        {
            fullName = name, role = "SocialWorker", employmentType = "Permanent", qualificationLevel = "Bachelor", qualificationMajor = "SocialWork",
        })).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var s1 = await Staff("Nguyễn Thị S1");
        var s2 = await Staff("Trần Văn S2");
        (await f.Admin.PostJsonAsync($"/api/v1/workforce/staff/{s1}/certificates",
            new { number = $"CC-{Guid.NewGuid():N}"[..16], issuer = "Sở Y tế", issuedOn = "2024-01-01" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var department = (await (await f.Admin.PostJsonAsync("/api/v1/departments", new { name = "Khoa Nhi", kind = "Clinical" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var k1 = (await (await f.Admin.PostJsonAsync("/api/v1/workforce/collaborators", new { fullName = "Lê K1", departmentId = department }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        async Task<Guid> Course(string title, string startsOn, decimal hours, params object[] participants)
        {
            var id = (await (await f.Admin.PostJsonAsync("/api/v1/training/courses", new
            {
                title, organiser = "Sở Y tế", type = "Course", startsOn, endsOn = startsOn, hours,
            })).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
            (await f.Admin.PostJsonAsync($"/api/v1/training/courses/{id}/participants", new { participants })).StatusCode.ShouldBe(HttpStatusCode.OK);
            return id;
        }
        var course1 = await Course("Giao tiếp và hỗ trợ tâm lý", "2025-03-10", 16,
            new { kind = "Staff", staffMemberId = s1 }, new { kind = "Collaborator", collaboratorId = k1 },
            new { kind = "MedicalStaff", name = "Bác sĩ An" }, new { kind = "MedicalStaff", name = "Y tá Bình" }, new { kind = "MedicalStaff", headcount = 10 });
        await Course("Tham vấn cơ bản", "2025-09-05", 12,
            new { kind = "Staff", staffMemberId = s1 }, new { kind = "Staff", staffMemberId = s2 },
            new { kind = "MedicalStaff", name = "bac si an" }, new { kind = "MedicalStaff", headcount = 5 });
        await Course("Khóa 2024", "2024-05-05", 8, new { kind = "Staff", staffMemberId = s2 });
        return new Arranged(f, s1, s2, k1, course1);
    }

    private static async Task<JsonElement> FiguresAsync(HttpClient client, int year) =>
        await (await client.GetAsync($"/api/v1/training/figures?year={year}")).ReadAsync<JsonElement>();

    [Fact]
    public async Task Shares_match_the_hand_computed_figures()
    {
        var a = await ArrangeAsync(World, await World.NewActivityFacilityAsync());
        var figures = await FiguresAsync(a.F.Admin, 2025);
        figures.GetProperty("medicalStaffCount").GetInt32().ShouldBe(100);
        figures.GetProperty("medicalStaffTrained").GetInt32().ShouldBe(17);          // 2 named + 10 + 5
        figures.GetProperty("medicalStaffTrainedPercent").GetDecimal().ShouldBe(17.0m);
        figures.GetProperty("socialWorkStaff").GetInt32().ShouldBe(2);
        figures.GetProperty("certifiedStaff").GetInt32().ShouldBe(1);
        figures.GetProperty("certifiedPercent").GetDecimal().ShouldBe(50.0m);
        figures.GetProperty("people").GetInt32().ShouldBe(3);
        figures.GetProperty("totalHours").GetDecimal().ShouldBe(56m);                // S1 28 + S2 12 + K1 16
        figures.GetProperty("hoursPerPerson").GetDecimal().ShouldBe(18.7m);
        figures.GetProperty("yearlyHoursThreshold").GetDecimal().ShouldBe(24m);
        figures.GetProperty("belowThresholdCount").GetInt32().ShouldBe(2);
        figures.GetProperty("hours").EnumerateArray().Select(p => (p.GetProperty("personId").GetGuid(), p.GetProperty("hours").GetDecimal(), p.GetProperty("belowThreshold").GetBoolean()))
            .ShouldBe([(a.S2, 12m, true), (a.K1, 16m, true), (a.S1, 28m, false)]);

        var courses = await (await a.F.Admin.GetAsync("/api/v1/training/courses?year=2025")).ReadAsync<JsonElement>();
        courses.EnumerateArray().Select(c => (c.GetProperty("title").GetString(), c.GetProperty("participants").GetInt32()))
            .ShouldBe([("Tham vấn cơ bản", 8), ("Giao tiếp và hỗ trợ tâm lý", 14)]);
        var detail = await (await a.F.Admin.GetAsync($"/api/v1/training/courses/{a.Course1}")).ReadAsync<JsonElement>();
        detail.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("name").GetString())
            .ShouldBe(["Nguyễn Thị S1", "Lê K1", "Bác sĩ An", "Y tá Bình", null], ignoreOrder: true);

        var earlier = await FiguresAsync(a.F.Admin, 2024);
        earlier.GetProperty("medicalStaffTrained").GetInt32().ShouldBe(0);
        earlier.GetProperty("totalHours").GetDecimal().ShouldBe(8m);
    }

    [Fact]
    public async Task The_unit_sets_its_own_threshold_and_a_participant_listed_twice_counts_once()
    {
        var a = await ArrangeAsync(World, await World.NewActivityFacilityAsync());
        var settings = await (await a.F.Admin.GetAsync("/api/v1/training/settings")).ReadAsync<JsonElement>();
        settings.GetProperty("yearlyHoursThreshold").GetDecimal().ShouldBe(24m);
        var set = await (await a.F.Admin.PutJsonAsync("/api/v1/training/settings", new { yearlyHoursThreshold = 15 })).ReadAsync<JsonElement>();
        await (await a.F.Admin.PutJsonAsync("/api/v1/training/settings", new { yearlyHoursThreshold = 10 })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var detail = await (await a.F.Admin.PostJsonAsync($"/api/v1/training/courses/{a.Course1}/participants",
            new { participants = new object[] { new { kind = "Staff", staffMemberId = a.S1 }, new { kind = "Collaborator", collaboratorId = a.K1 } } }))
            .ReadAsync<JsonElement>();
        detail.GetProperty("course").GetProperty("participants").GetInt32().ShouldBe(14);   // S1, K1, 2 named, 10 counted

        var figures = await FiguresAsync(a.F.Admin, 2025);
        figures.GetProperty("yearlyHoursThreshold").GetDecimal().ShouldBe(15m);
        figures.GetProperty("belowThresholdCount").GetInt32().ShouldBe(1);
        figures.GetProperty("totalHours").GetDecimal().ShouldBe(56m);
        (await a.F.Admin.PutJsonAsync("/api/v1/training/settings", new { yearlyHoursThreshold = 20, version = set.GetProperty("version").GetGuid() }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_trained_share_never_exceeds_the_registry_headcount()
    {
        var f = await World.NewActivityFacilityAsync();
        var course = (await (await f.Admin.PostJsonAsync("/api/v1/training/courses", new
        {
            title = "Hội thảo", organiser = "Bệnh viện", type = "Workshop", startsOn = "2025-02-02", endsOn = "2025-02-02", hours = 4,
        })).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await f.Admin.PostJsonAsync($"/api/v1/training/courses/{course}/participants",
            new { participants = new[] { new { kind = "MedicalStaff", headcount = 150 } } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var figures = await FiguresAsync(f.Admin, 2025);
        figures.GetProperty("medicalStaffTrained").GetInt32().ShouldBe(100);
        figures.GetProperty("medicalStaffTrainedPercent").GetDecimal().ShouldBe(100.0m);
        figures.GetProperty("certifiedPercent").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}

public sealed class TrainingFiguresOnPostgres(SharedPostgres api) : TrainingFiguresTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class TrainingFiguresOnSqlite(SharedSqlite api) : TrainingFiguresTests(api.Factory), IClassFixture<SharedSqlite>;
