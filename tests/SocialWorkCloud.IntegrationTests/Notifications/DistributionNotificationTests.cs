using System.Net;
using System.Text.Json;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Notifications;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Notifications;

/// <summary>
/// A distribution above the facility's threshold: the request reaches the unit heads, the answer (approval, or refusal
/// by a reversal) who recorded it, and nobody else — not another worker, another facility of the province, another
/// province, nor (through a sensitive case) a worker who may no longer see the case. In a tenant of its own.
/// </summary>
public abstract class DistributionNotificationTests(ApiFactory factory)
{
    private static readonly DateOnly Today = VietnamClock.Today();

    private TestWorld World => factory.World;

    [Fact]
    public async Task A_distribution_above_the_threshold_asks_the_unit_heads_and_answers_who_recorded_it()
    {
        var tenant = await World.NewTenantAsync("Bệnh viện Chi");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var secondHead = $"head2-{tag}@test.vn";
        var otherWorker = $"worker2-{tag}@test.vn";
        var neighbourHead = $"neighbour-{tag}@test.vn";
        await World.NewUserAsync(secondHead, UserRole.FacilityAdmin, tenant.HospitalId, null);
        await World.NewUserAsync(otherWorker, UserRole.SocialWorker, tenant.HospitalId, null);
        var neighbour = await World.NewFacilityAsync(tenant.ProvinceId, FacilityType.PublicHospital, "BV Láng giềng " + tag);
        await World.NewUserAsync(neighbourHead, UserRole.FacilityAdmin, neighbour, null);
        using var head = await tenant.AdminAsync();
        using var head2 = await World.ClientForAsync(secondHead);
        using var worker = await tenant.WorkerAsync();
        using var worker2 = await World.ClientForAsync(otherWorker);
        (await head.PutJsonAsync("/api/v1/fundraising/settings", new { approvalThreshold = 2_000_000, yearlyTarget = 150_000_000 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var title = "Tết ấm " + tag;
        var campaign = await OpenCampaignAsync(head, title);
        (await head.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/cash-receipts",
            new { receivedOn = Today, amount = 50_000_000, method = "BankTransfer", reference = "FT" + tag })).StatusCode.ShouldBe(HttpStatusCode.Created);

        // At the threshold: nothing to ask. Above it: both unit heads are asked; the text names the campaign and the amount, not the recipient.
        var small = await GiveAsync(worker, campaign, 2_000_000);
        (await Inboxes.SettleAsync(factory, NotificationKind.DistributionApprovalRequested, small)).ShouldBe(0);
        var big = await GiveAsync(worker, campaign, 2_500_000);
        var asked = await Inboxes.WaitForAsync(head, "DistributionApprovalRequested", big);
        asked.Text.ShouldContain(title);
        asked.Text.ShouldContain("2.500.000");
        asked.Text.ShouldNotContain("Nguyễn Văn Nhận");
        asked.Path.ShouldBe("/fundraising");
        await Inboxes.WaitForAsync(head2, "DistributionApprovalRequested", big);
        (await head.GetAsync<List<AwaitingBody>>("/api/v1/me/notifications/awaiting")).ShouldContain(a => a.Kind == "DistributionApprovalRequested");
        await Inboxes.ShouldHaveNothingAboutAsync(World, big, tenant.WorkerEmail, otherWorker, tenant.CollaboratorEmail, tenant.OfficerEmail, neighbourHead,
            TestWorld.AdminA, TestWorld.AdminB, TestWorld.Officer1);

        // The head approves: who recorded it hears so; nobody else does.
        (await head.PostJsonAsync($"/api/v1/fundraising/entries/{big}/approval", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var approved = await Inboxes.WaitForAsync(worker, "DistributionApproved", big);
        approved.Text.ShouldContain(title);
        (await Inboxes.SettleAsync(factory, NotificationKind.DistributionApproved, big)).ShouldBe(1);
        foreach (var other in new[] { head, head2, worker2 })
            (await Inboxes.ReadAsync(other, "DistributionApproved")).ShouldNotContain(i => i.RecordId == big);

        // Another one above the threshold, refused by its reversal: who recorded it hears it was not approved.
        var refused = await GiveAsync(worker, campaign, 3_000_000);
        await Inboxes.WaitForAsync(head, "DistributionApprovalRequested", refused);
        (await head.PostJsonAsync($"/api/v1/fundraising/entries/{refused}/reversal", new { reason = "Trùng với khoản đã chi" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Inboxes.WaitForAsync(worker, "DistributionRejected", refused)).Text.ShouldContain("3.000.000");
        (await Inboxes.SettleAsync(factory, NotificationKind.DistributionRejected, refused)).ShouldBe(1);
        (await Inboxes.ReadAsync(worker2, "DistributionRejected")).ShouldNotContain(i => i.RecordId == refused);
        (await Inboxes.ReadAsync(head2, "DistributionRejected")).ShouldNotContain(i => i.RecordId == refused);

        // Reversing an approved distribution corrects the ledger; it is no refusal.
        (await head.PostJsonAsync($"/api/v1/fundraising/entries/{big}/reversal", new { reason = "Nhập nhầm" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Inboxes.SettleAsync(factory, NotificationKind.DistributionRejected, big)).ShouldBe(0);

        // A unit head's own distribution above the threshold is approved as recorded: nobody is asked.
        var own = await GiveAsync(head, campaign, 4_000_000);
        (await Inboxes.SettleAsync(factory, NotificationKind.DistributionApprovalRequested, own)).ShouldBe(0);

        // Through a sensitive case: the request reaches the unit heads; the refusal does not reach its recorder once the case
        // was given to another worker (the recorder may no longer see it).
        var (caseId, clientName) = await SensitiveCaseAsync(worker2);
        var throughCase = await GiveAsync(worker2, campaign, 2_600_000, caseId, clientName);
        (await Inboxes.WaitForAsync(head, "DistributionApprovalRequested", throughCase)).Text.ShouldNotContain(clientName);
        await Inboxes.ShouldHaveNothingAboutAsync(World, throughCase, tenant.WorkerEmail, otherWorker);
        var version = (await (await head.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync<JsonElement>()).GetProperty("version").GetGuid();
        (await head.PutJsonAsync($"/api/v1/cases/{caseId}", new { assignedWorkerId = tenant.WorkerId, priority = "High", riskLevel = "Medium", isSensitive = true, version }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await head.PostJsonAsync($"/api/v1/fundraising/entries/{throughCase}/reversal", new { reason = "Không đủ điều kiện" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Inboxes.SettleAsync(factory, NotificationKind.DistributionRejected, throughCase)).ShouldBe(1);
        await Inboxes.ShouldHaveNothingAboutAsync(World, throughCase, otherWorker, tenant.WorkerEmail);
    }

    private static async Task<Guid> OpenCampaignAsync(HttpClient head, string title)
    {
        var created = await (await head.PostJsonAsync("/api/v1/fundraising/campaigns", new
        {
            kind = "Campaign", title, purpose = "Quà Tết cho bệnh nhân nghèo", beneficiaries = "Bệnh nhân nội trú",
            bankAccount = "0123456789 Vietcombank", goodsReceptionPlace = "Phòng CTXH", startDate = Today.AddDays(-20), endDate = Today.AddDays(20), targetAmount = 90_000_000,
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        (await head.PostJsonAsync($"/api/v1/fundraising/campaigns/{id}/status", new { version = created.GetProperty("version").GetGuid(), status = "Open" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    private static async Task<Guid> GiveAsync(HttpClient client, Guid campaign, long amount, Guid? caseId = null, string name = "Nguyễn Văn Nhận") =>
        (await (await client.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/distributions", new
        {
            distributedOn = Today, amount, recipientKind = "Client", recipientName = name, recipientBirthYear = 1958, recipientCommune = "Đông Hương", caseId,
        })).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>A sensitive case carried by the worker (who opens it).</summary>
    private static async Task<(Guid CaseId, string ClientName)> SensitiveCaseAsync(HttpClient worker)
    {
        var name = "Bé Kín Đáo " + Guid.NewGuid().ToString("N")[..6];
        var person = await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = name, birthYear = 2015, createAnyway = true })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var c = await (await worker.PostJsonAsync("/api/v1/cases", new
        {
            clientId = person.GetProperty("id").GetGuid(), priority = "High", riskLevel = "Medium", isSensitive = true, intakeSource = "Self", presentingProblem = "Cần hỗ trợ",
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        return (c.GetProperty("id").GetGuid(), name);
    }
}

public sealed class DistributionNotificationsOnPostgres(SharedPostgres api) : DistributionNotificationTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class DistributionNotificationsOnSqlite(SharedSqlite api) : DistributionNotificationTests(api.Factory), IClassFixture<SharedSqlite>;
