using System.Net;
using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Facilities;

/// <summary>
/// The facilities routes' guards, collected by the route guard tests: tenant-isolation probes (another tenant's caller gets 404 and writes nothing); bad-input cases (malformed JSON, wrong types, oversize strings, unknown enums get 400).
/// </summary>
public sealed class FacilitiesProbes : IIsolationProbes, IBadInputCases
{
    public IsolationProbeDictionary Probes { get; } = new()
    {
        ["GET /api/v1/provinces/{provinceId:guid}"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}"),
            new(TestWorld.AdminA, $"/api/v1/provinces/{w.Province2}"),
            new("client:" + w.ClientIdA, $"/api/v1/provinces/{w.Province2}"),
        ],
        ["GET /api/v1/facilities/{facilityId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/facilities/{w.HospitalB}"),
            new(TestWorld.WorkerAEmail, $"/api/v1/facilities/{w.CdcA}"),
            new(TestWorld.CollaboratorA, $"/api/v1/facilities/{w.HospitalB}"),
            new(TestWorld.Officer1, $"/api/v1/facilities/{w.HospitalB}"),
            new("client:" + w.ClientIdA, $"/api/v1/facilities/{w.HospitalB}"),
        ],
        ["PUT /api/v1/facilities/{facilityId:guid}"] = w =>
        [
            // Only platform admins edit the registry; everybody else is refused for every facility alike.
            new(TestWorld.AdminA, $"/api/v1/facilities/{w.HospitalB}", FacilityEdit(), HttpStatusCode.Forbidden),
            new(TestWorld.Officer1, $"/api/v1/facilities/{w.HospitalB}", FacilityEdit(), HttpStatusCode.Forbidden),
        ],
        ["POST /api/v1/facilities/{facilityId:guid}/unit-history"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/facilities/{w.HospitalB}/unit-history", UnitChange()),
            new(TestWorld.AdminB, $"/api/v1/facilities/{w.HospitalA}/unit-history", UnitChange()),
            new("client:" + w.ClientIdA, $"/api/v1/facilities/{w.HospitalB}/unit-history", UnitChange()),
        ],
        ["POST /api/v1/facilities/{facilityId:guid}/unit-history/{changeId:guid}/corrections"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/facilities/{w.HospitalB}/unit-history/{w.ChangeB}/corrections", Correction()),
            // Own facility in the route, another tenant's entry id: still not found.
            new(TestWorld.AdminA, $"/api/v1/facilities/{w.HospitalA}/unit-history/{w.ChangeB}/corrections", Correction()),
        ],
    };

    public BadInputCaseDictionary Cases { get; } = new()
    {
        ["POST /api/v1/provinces"] = _ => new(TestWorld.Platform, "/api/v1/provinces",
            () => new JsonObject { ["code"] = "BAD", ["name"] = "Tỉnh" }, "name", null, "code"),
        ["POST /api/v1/facilities"] = w => new(TestWorld.Platform, "/api/v1/facilities",
            () => new JsonObject
            {
                ["provinceId"] = w.Province1.ToString(), ["code"] = "BAD-1", ["name"] = "Bệnh viện", ["type"] = "PublicHospital",
                ["ownership"] = "Public", ["medicalStaffCount"] = 10,
            }, "name", "type", "medicalStaffCount"),
        ["PUT /api/v1/facilities/{facilityId:guid}"] = w => new(TestWorld.Platform, $"/api/v1/facilities/{w.StationA}",
            () => new JsonObject
            {
                ["version"] = Guid.NewGuid().ToString(), ["name"] = "Trạm", ["type"] = "CommuneHealthStation", ["ownership"] = "Public", ["medicalStaffCount"] = 5,
            }, "name", "ownership", "version"),
        ["POST /api/v1/facilities/{facilityId:guid}/unit-history"] = w => new(TestWorld.AdminA, $"/api/v1/facilities/{w.HospitalA}/unit-history",
            () => new JsonObject { ["status"] = "Department", ["effectiveDate"] = "2024-02-02", ["decisionNumber"] = "QĐ 1", ["headcount"] = 3 },
            "decisionNumber", "status", "effectiveDate"),
        ["POST /api/v1/facilities/{facilityId:guid}/unit-history/{changeId:guid}/corrections"] = w => new(TestWorld.AdminA,
            $"/api/v1/facilities/{w.HospitalA}/unit-history/{w.ChangeA}/corrections",
            () => new JsonObject { ["reason"] = "sai", ["retract"] = false, ["status"] = "Team", ["effectiveDate"] = "2018-05-02", ["decisionNumber"] = "QĐ 2", ["headcount"] = 2 },
            "reason", "status", "retract"),
    };

    private static object FacilityEdit() => new
    {
        version = Guid.NewGuid(), name = "Đổi tên", type = "PublicHospital", ownership = "Public", medicalStaffCount = 10,
    };

    private static object UnitChange() => new { status = "Department", effectiveDate = "2024-01-15", decisionNumber = "QĐ 9/QĐ-X", headcount = 5 };

    private static object Correction() => new { reason = "sai ngày", retract = true, status = "Team", effectiveDate = "2019-01-01", headcount = 1 };
}
