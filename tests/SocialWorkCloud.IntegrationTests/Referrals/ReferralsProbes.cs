using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;
using SocialWorkCloud.IntegrationTests.Cases;

namespace SocialWorkCloud.IntegrationTests.Referrals;

/// <summary>
/// The referrals routes' guards, collected by the route guard tests: tenant-isolation probes (another tenant's caller gets 404 and writes nothing); bad-input cases (malformed JSON, wrong types, oversize strings, unknown enums get 400).
/// </summary>
public sealed class ReferralsProbes : IIsolationProbes, IBadInputCases
{
    public IsolationProbeDictionary Probes { get; } = new()
    {
        ["GET /api/v1/cases/{caseId:guid}/referrals"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().B.CaseId}/referrals"),
        ],
        ["POST /api/v1/cases/{caseId:guid}/referrals"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().B.CaseId}/referrals", new { target = "ExternalAgency", agencyKind = "Police", agencyName = "Công an", reason = "x", sentOn = "2025-01-01", sharesPersonalData = false }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/referrals/{referralId:guid}/status"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().B.CaseId}/referrals/{w.Cases().B.ReferralId}/status", new { status = "Completed", outcome = "x", version = Guid.NewGuid() }),
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().A.CaseId}/referrals/{w.Cases().B.ReferralId}/status", new { status = "Completed", outcome = "x", version = Guid.NewGuid() }),
        ],
        ["GET /api/v1/referrals/inbox/{referralId:guid}"] = w =>
        [
            // Neither a third facility nor the sender reads a package through the receiver's inbox.
            new(TestWorld.WorkerAEmail, $"/api/v1/referrals/inbox/{w.Cases().B.ReferralId}"),
            new(TestWorld.WorkerAEmail, $"/api/v1/referrals/inbox/{w.Cases().A.ReferralId}"),
        ],
        ["POST /api/v1/referrals/inbox/{referralId:guid}/answer"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/referrals/inbox/{w.Cases().B.ReferralId}/answer", new { accept = false, declineReason = "x", version = Guid.NewGuid() }),
            new(TestWorld.AdminA, $"/api/v1/referrals/inbox/{w.Cases().A.ReferralId}/answer", new { accept = false, declineReason = "x", version = Guid.NewGuid() }),
        ],
    };

    public BadInputCaseDictionary Cases { get; } = new()
    {
        ["POST /api/v1/cases/{caseId:guid}/referrals"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().A.CaseId}/referrals",
            () => new JsonObject
            {
                ["target"] = "ExternalAgency", ["agencyKind"] = "Police", ["agencyName"] = "Công an phường", ["reason"] = "Bạo lực", ["sentOn"] = "2025-01-01",
                ["sharesPersonalData"] = false,
            }, "agencyName", "agencyKind", "sentOn"),
        ["POST /api/v1/cases/{caseId:guid}/referrals/{referralId:guid}/status"] = w => new(TestWorld.WorkerAEmail,
            $"/api/v1/cases/{w.Cases().A.CaseId}/referrals/{w.Cases().A.ReferralId}/status",
            () => new JsonObject { ["status"] = "Completed", ["outcome"] = "Đã ổn định", ["version"] = Guid.NewGuid().ToString() }, "outcome", "status", "version"),
        ["POST /api/v1/referrals/inbox/{referralId:guid}/answer"] = w => new(TestWorld.AdminB, $"/api/v1/referrals/inbox/{w.Cases().A.ReferralId}/answer",
            () => new JsonObject { ["accept"] = false, ["declineReason"] = "Không phù hợp", ["version"] = Guid.NewGuid().ToString() }, "declineReason", null, "accept"),
    };
}
