using System.Net;
using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Fundraising;

/// <summary>
/// The fundraising routes' guards, collected by the route guard tests: tenant-isolation probes (another tenant's caller gets 404 and writes nothing); bad-input cases (malformed JSON, wrong types, oversize strings, unknown enums get 400).
/// </summary>
public sealed class FundraisingProbes : IIsolationProbes, IBadInputCases
{
    public IsolationProbeDictionary Probes { get; } = new()
    {
        ["GET /api/v1/fundraising/campaigns/{campaignId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/fundraising/campaigns/{w.Fundraising().B.Campaign}"),
            new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/campaigns/{w.Fundraising().B.Campaign}"),
            new("client:" + w.ClientIdA, $"/api/v1/fundraising/campaigns/{w.Fundraising().B.Campaign}"),
        ],
        ["PUT /api/v1/fundraising/campaigns/{campaignId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/fundraising/campaigns/{w.Fundraising().B.Campaign}", CampaignEdit()),
        ],
        ["POST /api/v1/fundraising/campaigns/{campaignId:guid}/status"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/fundraising/campaigns/{w.Fundraising().B.Campaign}/status", new { version = Guid.NewGuid(), status = "Closed" }),
        ],
        ["POST /api/v1/fundraising/campaigns/{campaignId:guid}/publish"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/fundraising/campaigns/{w.Fundraising().B.Campaign}/publish"),
        ],
        ["GET /api/v1/fundraising/campaigns/{campaignId:guid}/statement"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/campaigns/{w.Fundraising().B.Campaign}/statement"),
        ],
        ["POST /api/v1/fundraising/campaigns/{campaignId:guid}/cash-receipts"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/campaigns/{w.Fundraising().B.Campaign}/cash-receipts", CashReceipt()),
            // Own campaign, another facility's donor: not found either.
            new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/campaigns/{w.Fundraising().A.Campaign}/cash-receipts", CashReceipt(w.Fundraising().B.Donor)),
            new("client:" + w.ClientIdA, $"/api/v1/fundraising/campaigns/{w.Fundraising().B.Campaign}/cash-receipts", CashReceipt()),
        ],
        ["POST /api/v1/fundraising/campaigns/{campaignId:guid}/goods-receipts"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/campaigns/{w.Fundraising().B.Campaign}/goods-receipts",
                new { receivedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2), item = "Xe lăn", quantity = 1, unit = "chiếc", estimatedValue = 2_000_000 }),
        ],
        ["POST /api/v1/fundraising/campaigns/{campaignId:guid}/distributions"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/campaigns/{w.Fundraising().B.Campaign}/distributions", CashDistribution()),
            // Own campaign, another facility's stock lot (its receipt id): not found.
            new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/campaigns/{w.Fundraising().A.Campaign}/distributions",
                new { distributedOn = DateOnly.FromDateTime(DateTime.UtcNow), stockLotId = w.Fundraising().B.Receipt, quantity = 1, recipientKind = "Department", departmentName = "HSCC" }),
        ],
        ["POST /api/v1/fundraising/entries/{entryId:guid}/reversal"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/fundraising/entries/{w.Fundraising().B.Receipt}/reversal", new { reason = "nhầm" }),
        ],
        ["POST /api/v1/fundraising/entries/{entryId:guid}/approval"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/fundraising/entries/{w.Fundraising().B.Receipt}/approval"),
        ],
        ["POST /api/v1/fundraising/entries/{entryId:guid}/acknowledgement"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/entries/{w.Fundraising().B.Receipt}/acknowledgement",
                new { receivedBy = "Người nhận", receivedOn = DateOnly.FromDateTime(DateTime.UtcNow) }),
        ],
        ["GET /api/v1/fundraising/entries/{entryId:guid}/acknowledgement/scan"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/entries/{w.Fundraising().B.Receipt}/acknowledgement/scan"),
        ],
        ["GET /api/v1/fundraising/entries/{entryId:guid}/receipt"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/entries/{w.Fundraising().B.Receipt}/receipt"),
            new("client:" + w.ClientIdA, $"/api/v1/fundraising/entries/{w.Fundraising().B.Receipt}/receipt"),
        ],
        ["GET /api/v1/fundraising/donors/{donorId:guid}"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/donors/{w.Fundraising().B.Donor}"),
        ],
        ["PUT /api/v1/fundraising/donors/{donorId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/fundraising/donors/{w.Fundraising().B.Donor}", new { version = Guid.NewGuid(), kind = "Individual", name = "Đổi tên" }),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/fundraising"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/fundraising"),
            // Facility users read their own figures, not a province's.
            new(TestWorld.AdminA, $"/api/v1/provinces/{w.Province1}/fundraising", Expected: HttpStatusCode.Forbidden),
        ],
        // The public sees published campaigns only: B's is not published, so it does not exist, for anyone.
        ["GET /api/v1/public/campaigns/{campaignId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/public/campaigns/{w.Fundraising().B.Campaign}"),
            new(TestWorld.AdminB, $"/api/v1/public/campaigns/{w.Fundraising().B.Campaign}"),
        ],
        ["GET /api/v1/public/campaigns/{campaignId:guid}/export"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/public/campaigns/{w.Fundraising().B.Campaign}/export?format=Pdf"),
        ],
    };

    public BadInputCaseDictionary Cases { get; } = new()
    {
        ["POST /api/v1/fundraising/campaigns"] = _ => new(TestWorld.AdminA, "/api/v1/fundraising/campaigns",
            () => new JsonObject { ["kind"] = "Campaign", ["title"] = "Trung thu", ["purpose"] = "Quà cho trẻ em", ["startDate"] = "2026-08-01", ["endDate"] = "2026-09-30" },
            "title", "kind", "targetAmount"),
        ["PUT /api/v1/fundraising/campaigns/{campaignId:guid}"] = w => new(TestWorld.AdminA, $"/api/v1/fundraising/campaigns/{w.Fundraising().A.Campaign}",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString(), ["title"] = "Trung thu", ["purpose"] = "Quà", ["startDate"] = "2026-08-01", ["endDate"] = "2026-09-30" },
            "purpose", null, "startDate"),
        ["POST /api/v1/fundraising/campaigns/{campaignId:guid}/status"] = w => new(TestWorld.AdminA, $"/api/v1/fundraising/campaigns/{w.Fundraising().A.Campaign}/status",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString(), ["status"] = "Closed" }, "", "status", "version"),
        ["POST /api/v1/fundraising/campaigns/{campaignId:guid}/publish"] = w => new(TestWorld.AdminA, $"/api/v1/fundraising/campaigns/{w.Fundraising().A.Campaign}/publish",
            () => new JsonObject(), "", null, ""),
        ["POST /api/v1/fundraising/campaigns/{campaignId:guid}/cash-receipts"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/campaigns/{w.Fundraising().A.Campaign}/cash-receipts",
            () => new JsonObject { ["receivedOn"] = Today(-1), ["amount"] = 100000, ["method"] = "BankTransfer", ["reference"] = "FT123" },
            "reference", "method", "amount"),
        ["POST /api/v1/fundraising/campaigns/{campaignId:guid}/goods-receipts"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/campaigns/{w.Fundraising().A.Campaign}/goods-receipts",
            () => new JsonObject { ["receivedOn"] = Today(-1), ["item"] = "Sữa", ["quantity"] = 10, ["unit"] = "hộp", ["estimatedValue"] = 500000 },
            "item", null, "quantity"),
        ["POST /api/v1/fundraising/campaigns/{campaignId:guid}/distributions"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/campaigns/{w.Fundraising().A.Campaign}/distributions",
            () => new JsonObject { ["distributedOn"] = Today(0), ["amount"] = 100000, ["recipientKind"] = "Client", ["recipientName"] = "Lê Văn Bình", ["recipientBirthYear"] = 1960 },
            "recipientName", "recipientKind", "amount"),
        ["POST /api/v1/fundraising/entries/{entryId:guid}/reversal"] = w => new(TestWorld.AdminA, $"/api/v1/fundraising/entries/{w.Fundraising().A.Receipt}/reversal",
            () => new JsonObject { ["reason"] = "nhầm" }, "reason", null, "reason"),
        ["POST /api/v1/fundraising/entries/{entryId:guid}/approval"] = w => new(TestWorld.AdminA, $"/api/v1/fundraising/entries/{w.Fundraising().A.Receipt}/approval",
            () => new JsonObject(), "", null, ""),
        ["POST /api/v1/fundraising/entries/{entryId:guid}/acknowledgement"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/entries/{w.Fundraising().A.Receipt}/acknowledgement",
            () => new JsonObject { ["receivedBy"] = "Lê Văn Bình", ["receivedOn"] = Today(0) }, "receivedBy", null, "receivedOn"),
        ["POST /api/v1/fundraising/donors"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/fundraising/donors",
            () => new JsonObject { ["kind"] = "Organisation", ["name"] = "Công ty A", ["isAnonymousInPublic"] = false }, "name", "kind", "isAnonymousInPublic"),
        ["PUT /api/v1/fundraising/donors/{donorId:guid}"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/donors/{w.Fundraising().A.Donor}",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString(), ["kind"] = "Organisation", ["name"] = "Công ty A" }, "address", "kind", "version"),
        ["PUT /api/v1/fundraising/settings"] = _ => new(TestWorld.AdminA, "/api/v1/fundraising/settings",
            () => new JsonObject { ["approvalThreshold"] = 5000000, ["yearlyTarget"] = 150000000 }, "", null, "yearlyTarget"),
    };

    private static object CampaignEdit() => new
    {
        version = Guid.NewGuid(), title = "Đổi", purpose = "Đổi", startDate = "2026-01-01", endDate = "2026-12-31",
    };

    private static object CashReceipt(Guid? donorId = null) =>
        new { receivedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2), amount = 100_000, method = "Cash", donorId };

    private static object CashDistribution() => new
    {
        distributedOn = DateOnly.FromDateTime(DateTime.UtcNow), amount = 100_000, recipientKind = "Client", recipientName = "Lê Văn Bình", recipientBirthYear = 1960,
    };

    private static string Today(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd");
}
