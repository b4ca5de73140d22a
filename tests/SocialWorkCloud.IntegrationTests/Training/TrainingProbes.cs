using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;
using SocialWorkCloud.IntegrationTests.Workforce;

namespace SocialWorkCloud.IntegrationTests.Training;

/// <summary>
/// The training routes' guards, collected by the route guard tests: tenant-isolation probes (another tenant's caller gets 404 and writes nothing); bad-input cases (malformed JSON, wrong types, oversize strings, unknown enums get 400).
/// </summary>
public sealed class TrainingProbes : IIsolationProbes, IBadInputCases
{
    public IsolationProbeDictionary Probes { get; } = new()
    {
        ["GET /api/v1/training/courses/{courseId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/training/courses/{w.Training().B.Course}"),
            new("client:" + w.ClientIdA, $"/api/v1/training/courses/{w.Training().B.Course}"),
        ],
        ["POST /api/v1/training/courses/{courseId:guid}/participants"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/training/courses/{w.Training().B.Course}/participants",
                new { participants = new[] { new { kind = "MedicalStaff", headcount = 3 } } }),
            // Own course, another tenant's staff member and collaborator: still not found.
            new(TestWorld.WorkerAEmail, $"/api/v1/training/courses/{w.Training().A.Course}/participants",
                new { participants = new[] { new { kind = "Staff", staffMemberId = w.Workforce().B.Staff } } }),
            new(TestWorld.WorkerAEmail, $"/api/v1/training/courses/{w.Training().A.Course}/participants",
                new { participants = new[] { new { kind = "Collaborator", collaboratorId = w.Workforce().B.Collaborator } } }),
        ],
    };

    public BadInputCaseDictionary Cases { get; } = new()
    {
        ["POST /api/v1/training/courses"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/training/courses",
            () => new JsonObject
            {
                ["title"] = "Kỹ năng giao tiếp", ["organiser"] = "Sở Y tế", ["type"] = "Workshop", ["startsOn"] = "2025-04-01", ["endsOn"] = "2025-04-01", ["hours"] = 8,
            }, "title", "type", "hours"),
        ["POST /api/v1/training/courses/{courseId:guid}/participants"] = w => new(TestWorld.WorkerAEmail,
            $"/api/v1/training/courses/{w.Training().A.Course}/participants",
            () => new JsonObject { ["participants"] = new JsonArray(new JsonObject { ["kind"] = "MedicalStaff", ["headcount"] = 2 }) },
            "participants", null, "participants"),
        ["PUT /api/v1/training/settings"] = _ => new(TestWorld.AdminA, "/api/v1/training/settings",
            () => new JsonObject { ["yearlyHoursThreshold"] = 30 }, "yearlyHoursThreshold", null, "version"),
    };
}
