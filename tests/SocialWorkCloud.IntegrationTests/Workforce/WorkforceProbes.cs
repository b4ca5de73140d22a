using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Workforce;

/// <summary>
/// The workforce routes' guards, collected by the route guard tests: tenant-isolation probes (another tenant's caller gets 404 and writes nothing); bad-input cases (malformed JSON, wrong types, oversize strings, unknown enums get 400).
/// </summary>
public sealed class WorkforceProbes : IIsolationProbes, IBadInputCases
{
    public IsolationProbeDictionary Probes { get; } = new()
    {
        ["PUT /api/v1/workforce/staff/{staffMemberId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/workforce/staff/{w.Workforce().B.Staff}", StaffEdit()),
        ],
        ["POST /api/v1/workforce/staff/{staffMemberId:guid}/certificates"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/workforce/staff/{w.Workforce().B.Staff}/certificates",
                new { number = "CC-PROBE", issuer = "Sở Y tế", issuedOn = "2025-01-01" }),
        ],
        ["POST /api/v1/workforce/certificates/{certificateId:guid}/scan"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/workforce/certificates/{w.Workforce().B.Certificate}/scan", ScanUpload()),
        ],
        ["GET /api/v1/workforce/certificates/{certificateId:guid}/scan"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/workforce/certificates/{w.Workforce().B.Certificate}/scan"),
        ],
    };

    public BadInputCaseDictionary Cases { get; } = new()
    {
        ["POST /api/v1/departments"] = _ => new(TestWorld.AdminA, "/api/v1/departments",
            () => new JsonObject { ["name"] = "Khoa Nhi", ["kind"] = "Clinical" }, "name", "kind", "kind"),
        ["POST /api/v1/workforce/staff"] = w => new(TestWorld.AdminA, "/api/v1/workforce/staff",
            () => new JsonObject
            {
                ["fullName"] = "Lê Thị B", ["role"] = "SocialWorker", ["employmentType"] = "Contract", ["qualificationLevel"] = "Bachelor",
                ["qualificationMajor"] = "SocialWork", ["departmentId"] = w.Workforce().A.Department.ToString(),
            }, "fullName", "role", "departmentId"),
        ["PUT /api/v1/workforce/staff/{staffMemberId:guid}"] = w => new(TestWorld.AdminA, $"/api/v1/workforce/staff/{w.Workforce().A.Staff}",
            () => new JsonObject
            {
                ["version"] = Guid.NewGuid().ToString(), ["fullName"] = "Lê Thị B", ["role"] = "SocialWorker", ["employmentType"] = "Contract",
                ["qualificationLevel"] = "Bachelor", ["qualificationMajor"] = "SocialWork",
            }, "fullName", "qualificationMajor", "version"),
        ["POST /api/v1/workforce/staff/{staffMemberId:guid}/certificates"] = w => new(TestWorld.AdminA,
            $"/api/v1/workforce/staff/{w.Workforce().A.Staff}/certificates",
            () => new JsonObject { ["number"] = "CC-BAD", ["issuer"] = "Sở Y tế", ["issuedOn"] = "2025-01-01" }, "number", null, "issuedOn"),
        ["POST /api/v1/workforce/collaborators"] = w => new(TestWorld.AdminA, "/api/v1/workforce/collaborators",
            () => new JsonObject { ["fullName"] = "Cộng tác viên", ["departmentId"] = w.Workforce().A.Department.ToString() }, "fullName", null, "departmentId"),
    };

    private static object StaffEdit() => new
    {
        version = Guid.NewGuid(), fullName = "Đổi tên", role = "Head", employmentType = "Permanent", qualificationLevel = "Master",
        qualificationMajor = "Psychology",
    };

    /// <summary>A multipart body: the probe sends it as is.</summary>
    private static MultipartFormDataContent ScanUpload()
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent([9, 9, 9, 9]);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", "scan.pdf");
        return content;
    }
}
