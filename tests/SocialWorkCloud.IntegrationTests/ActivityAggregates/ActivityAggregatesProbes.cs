using System.Net;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.ActivityAggregates;

/// <summary>
/// The activityaggregates routes' guards, collected by the route guard tests: tenant-isolation probes (another tenant's caller gets 404 and writes nothing).
/// </summary>
public sealed class ActivityAggregatesProbes : IIsolationProbes
{
    public IsolationProbeDictionary Probes { get; } = new()
    {
        ["GET /api/v1/provinces/{provinceId:guid}/activities"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/activities"),
            new(TestWorld.Officer2, $"/api/v1/provinces/{w.Province1}/activities"),
            // Facility users read their own facility's figures, never a province's.
            new(TestWorld.AdminA, $"/api/v1/provinces/{w.Province1}/activities", Expected: HttpStatusCode.Forbidden),
        ],
    };
}
