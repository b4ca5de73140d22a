using System.Net;
using System.Text.Json;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.IntegrationTests.Infrastructure;
using SocialWorkCloud.IntegrationTests.Training;

namespace SocialWorkCloud.IntegrationTests.ActivityAggregates;

/// <summary>The province's view: per-facility figures whose totals are the sums of the facilities, and no records.</summary>
public abstract class ProvinceActivitiesTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    [Fact]
    public async Task Province_totals_are_the_sums_of_its_facilities_and_carry_no_records()
    {
        var province = await World.NewProvinceAsync("Tỉnh Tổng hợp");
        var officer = $"officer-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(officer, UserRole.ProvinceOfficer, null, province);
        var hospital = await World.NewActivityFacilityAsync(province, FacilityType.PublicHospital, "Bệnh viện Tổng hợp");
        var station = await World.NewActivityFacilityAsync(province, FacilityType.CommuneHealthStation, "Trạm Y tế Tổng hợp");
        await TrainingFiguresTests.ArrangeAsync(World, hospital);

        async Task Activities(ActivityFacility f, int contacts, int items, int beneficiaries, long value)
        {
            var point = (await (await f.Admin.PostJsonAsync("/api/v1/reception/points", new { name = "Sảnh" })).ReadAsync<JsonElement>(HttpStatusCode.Created))
                .GetProperty("id").GetGuid();
            var entries = Enumerable.Range(0, contacts).Select(i => new { id = Guid.NewGuid(), pointId = point, kind = "Guidance", occurredAt = $"2025-0{1 + i % 9}-10T08:00:00+07:00" });
            (await f.Admin.PostJsonAsync("/api/v1/reception/tallies", new { entries })).StatusCode.ShouldBe(HttpStatusCode.OK);
            for (var i = 0; i < items; i++)
            {
                (await f.Admin.PostJsonAsync("/api/v1/communication/items", new { channel = i % 2 == 0 ? "Loudspeaker" : "SocialNetworkPost", title = "Bài bí mật " + i, date = "2025-05-05", audienceReached = 100 }))
                    .StatusCode.ShouldBe(HttpStatusCode.Created);
            }
            (await f.Admin.PostJsonAsync("/api/v1/charity/activities", new { kind = "HumanitarianExamination", title = "Khám nhân đạo", date = "2025-07-07", beneficiaryCount = beneficiaries, valueVnd = value }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
            // Outside the year: never counted.
            (await f.Admin.PostJsonAsync("/api/v1/charity/activities", new { kind = "Other", title = "Năm trước", date = "2024-07-07", beneficiaryCount = 999, valueVnd = 999 }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }
        await Activities(hospital, 30, 3, 200, 50_000_000);
        await Activities(station, 12, 2, 40, 3_000_000);

        using var client = await World.ClientForAsync(officer);
        var response = await client.GetAsync($"/api/v1/provinces/{province}/activities?year=2025");
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldNotContain("Bài bí mật");
        text.ShouldNotContain("Nguyễn Thị S1");
        var body = JsonDocument.Parse(text).RootElement;
        var rows = body.GetProperty("facilities").EnumerateArray().ToList();
        rows.Count.ShouldBe(2);
        var totals = body.GetProperty("totals");
        foreach (var field in new[] { "receptionContacts", "communicationItems", "communicationAudience", "charityActivities", "charityBeneficiaries",
                     "staff", "certifiedStaff", "practisingWithout", "medicalStaffCount", "medicalStaffTrained" })
        {
            totals.GetProperty(field).GetInt32().ShouldBe(rows.Sum(r => r.GetProperty(field).GetInt32()), field);
        }
        totals.GetProperty("charityValueVnd").GetInt64().ShouldBe(53_000_000);
        totals.GetProperty("receptionContacts").GetInt32().ShouldBe(42);
        totals.GetProperty("communicationItems").GetInt32().ShouldBe(5);
        totals.GetProperty("medicalStaffTrained").GetInt32().ShouldBe(17);
        totals.GetProperty("medicalStaffCount").GetInt32().ShouldBe(200);
        totals.GetProperty("medicalStaffTrainedPercent").GetDecimal().ShouldBe(8.5m);
        totals.GetProperty("certifiedPercent").GetDecimal().ShouldBe(50.0m);

        var h = rows.Single(r => r.GetProperty("facilityId").GetGuid() == hospital.Id);
        (h.GetProperty("receptionContacts").GetInt32(), h.GetProperty("charityBeneficiaries").GetInt32(), h.GetProperty("staff").GetInt32(),
            h.GetProperty("medicalStaffTrainedPercent").GetDecimal(), h.GetProperty("hoursPerPerson").GetDecimal()).ShouldBe((30, 200, 2, 17.0m, 18.7m));
        body.GetProperty("months").EnumerateArray().Sum(m => m.GetProperty("receptionContacts").GetInt32()).ShouldBe(42);
        body.GetProperty("channels").EnumerateArray().Single(c => c.GetProperty("channel").GetString() == "Loudspeaker").GetProperty("items").GetInt32().ShouldBe(3);
    }
}

public sealed class ProvinceActivitiesOnPostgres(SharedPostgres api) : ProvinceActivitiesTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class ProvinceActivitiesOnSqlite(SharedSqlite api) : ProvinceActivitiesTests(api.Factory), IClassFixture<SharedSqlite>;
