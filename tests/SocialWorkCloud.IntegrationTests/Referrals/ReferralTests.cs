using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Referrals;

public abstract class ReferralTests(ApiFactory factory)
{
    private TestWorld World => factory.World;
    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private sealed record Station(Guid Id, string WorkerEmail);

    private async Task<Station> NewStationAsync()
    {
        var id = await World.NewFacilityAsync(World.Province1, FacilityType.CommuneHealthStation, "Trạm Y tế nhận " + Guid.NewGuid().ToString("N")[..4]);
        var email = $"station.{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(email, UserRole.SocialWorker, id, null);
        return new Station(id, email);
    }

    // A national ID is one person's: each test's client gets its own (a second person with it is refused).
    private readonly string _nationalId = "038099" + Random.Shared.Next(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<(Guid ClientId, Guid CaseId)> NewCaseAsync(HttpClient worker)
    {
        var person = await (await worker.PostJsonAsync("/api/v1/clients", new
        {
            fullName = "Phan Văn Chuyển " + Guid.NewGuid().ToString("N")[..5], birthYear = 1950, phone = "0987654321", nationalId = _nationalId,
            communeWard = "Phường Đông Hưng", createAnyway = true,
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var opened = await (await worker.PostJsonAsync("/api/v1/cases", new
        {
            clientId = person.GetProperty("id").GetGuid(), priority = "Normal", riskLevel = "Low", intakeSource = "ClinicalDepartment",
            presentingProblem = "Người cao tuổi sống một mình sau xuất viện", urgentNeeds = new[] { "TransportHome" },
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        return (person.GetProperty("id").GetGuid(), opened.GetProperty("id").GetGuid());
    }

    private static object PlatformReferral(Guid receiver, bool shareName = true, bool sharePhone = false, string? overrideReason = null) => new
    {
        target = "PlatformFacility", receiverFacilityId = receiver, reason = "Ra viện, cần theo dõi tại phường", sentOn = Today,
        share = new { name = shareName, birthYear = true, sex = false, phone = sharePhone, address = false, problem = true, needs = false },
        consentOverrideReason = overrideReason,
    };

    [Fact]
    public async Task Sharing_personal_data_needs_consent_or_the_unit_heads_written_override_which_is_audited()
    {
        var station = await NewStationAsync();
        using var worker = await World.ClientForAsync(TestWorld.WorkerAEmail);
        using var head = await World.ClientForAsync(TestWorld.AdminA);
        var (clientId, caseId) = await NewCaseAsync(worker);

        var refused = await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/referrals", PlatformReferral(station.Id))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        refused.GetProperty("code").GetString().ShouldBe("consent-required");
        await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/referrals", PlatformReferral(station.Id, overrideReason: "Khẩn cấp")))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var overridden = await (await head.PostJsonAsync($"/api/v1/cases/{caseId}/referrals", PlatformReferral(station.Id, overrideReason: "Người bệnh không tự quyết được, không có người thân")))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        overridden.GetProperty("consentOverrideReason").GetString().ShouldNotBeNull();
        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var referralId = overridden.GetProperty("id").GetGuid();
            (await db.AuditEntries.IgnoreTenant().CountAsync(a => a.EntityId == referralId && a.Action == "referral.consent-override")).ShouldBe(1);
        }

        // With a consent for sharing the worker refers; once withdrawn, consent no longer covers a new referral.
        var consent = await (await worker.PostJsonAsync($"/api/v1/clients/{clientId}/consents", new { purpose = "SharingInReferral", givenBy = "Client", givenOn = Today }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        (await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/referrals", PlatformReferral(station.Id))).ReadAsync<JsonElement>(HttpStatusCode.Created))
            .GetProperty("consentOverrideReason").ValueKind.ShouldBe(JsonValueKind.Null);
        await (await worker.PostJsonAsync($"/api/v1/clients/{clientId}/consents/{consent.GetProperty("id")}/withdraw", new { withdrawnOn = Today })).ReadAsync<JsonElement>();
        await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/referrals", PlatformReferral(station.Id))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        // Consent for another purpose does not count; sharing nothing personal needs nothing.
        await (await worker.PostJsonAsync($"/api/v1/clients/{clientId}/consents", new { purpose = "PersonalDataProcessing", givenBy = "Client", givenOn = Today })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/referrals", new
        {
            target = "ExternalAgency", agencyKind = "Police", agencyName = "Công an phường", reason = "Nghi bị bạo hành", sentOn = Today, sharesPersonalData = true,
        })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/referrals", new
        {
            target = "ExternalAgency", agencyKind = "Ngo", agencyName = "Hội Chữ thập đỏ", reason = "Hỗ trợ xe lăn", sentOn = Today, sharesPersonalData = false,
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_receiver_sees_only_the_package_accepts_it_into_its_own_linked_case_and_nothing_else_of_the_sender()
    {
        var station = await NewStationAsync();
        using var worker = await World.ClientForAsync(TestWorld.WorkerAEmail);
        using var receiver = await World.ClientForAsync(station.WorkerEmail);
        var (clientId, caseId) = await NewCaseAsync(worker);
        await (await worker.PostJsonAsync($"/api/v1/clients/{clientId}/consents", new { purpose = "SharingInReferral", givenBy = "Client", givenOn = Today })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var sent = await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/referrals", PlatformReferral(station.Id, shareName: true, sharePhone: false)))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        var referralId = sent.GetProperty("id").GetGuid();

        var inbox = await (await receiver.GetAsync("/api/v1/referrals/inbox")).ReadAsync<JsonElement>();
        var package = inbox.EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == referralId);
        package.GetProperty("clientName").GetString()!.ShouldStartWith("Phan Văn Chuyển");
        package.GetProperty("birthYear").GetInt32().ShouldBe(1950);
        package.GetProperty("problemSummary").GetString().ShouldBe("Người cao tuổi sống một mình sau xuất viện");
        // Not shared: not there.
        package.GetProperty("phone").ValueKind.ShouldBe(JsonValueKind.Null);
        package.GetProperty("address").ValueKind.ShouldBe(JsonValueKind.Null);
        var text = package.ToString();
        text.ShouldNotContain("0987654321");
        text.ShouldNotContain(_nationalId);

        // Everything of the sender but the package answers 404 to the receiver.
        await (await receiver.GetAsync($"/api/v1/cases/{caseId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await receiver.GetAsync($"/api/v1/clients/{clientId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await receiver.GetAsync($"/api/v1/cases/{caseId}/referrals")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await receiver.PostJsonAsync($"/api/v1/cases/{caseId}/referrals/{referralId}/status", new { status = "Completed", outcome = "x", version = Guid.NewGuid() }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await receiver.GetAsync("/api/v1/clients?pageSize=200")).ReadAsync<JsonElement>()).GetProperty("totalCount").GetInt32().ShouldBe(0);
        // And the sender cannot answer its own referral through an inbox.
        await (await worker.GetAsync($"/api/v1/referrals/inbox/{referralId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var version = await PackageVersionAsync(referralId);
        var accepted = await (await receiver.PostJsonAsync($"/api/v1/referrals/inbox/{referralId}/answer", new { accept = true, version }))
            .ReadAsync<JsonElement>();
        accepted.GetProperty("status").GetString().ShouldBe("Accepted");
        var linkedCase = await (await receiver.GetAsync($"/api/v1/cases/{accepted.GetProperty("receiverCaseId").GetGuid()}")).ReadAsync<JsonElement>();
        linkedCase.GetProperty("fromReferralId").GetGuid().ShouldBe(referralId);
        linkedCase.GetProperty("intakeSource").GetString().ShouldBe("AnotherFacility");
        linkedCase.GetProperty("clientName").GetString()!.ShouldStartWith("Phan Văn Chuyển");
        var receiverClient = await (await receiver.GetAsync($"/api/v1/clients/{linkedCase.GetProperty("clientId").GetGuid()}")).ReadAsync<JsonElement>();
        receiverClient.GetProperty("nationalId").ValueKind.ShouldBe(JsonValueKind.Null);

        // The sender sees the answer; a second answer is refused; the sender then completes with the outcome.
        var seen = await (await worker.GetAsync($"/api/v1/cases/{caseId}/referrals")).ReadAsync<JsonElement>();
        var mine = seen.EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == referralId);
        mine.GetProperty("status").GetString().ShouldBe("Accepted");
        await (await receiver.PostJsonAsync($"/api/v1/referrals/inbox/{referralId}/answer", new { accept = false, declineReason = "x", version = await PackageVersionAsync(referralId) }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var completed = await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/referrals/{referralId}/status", new { status = "Completed", outcome = "Đã được trạm theo dõi", version = mine.GetProperty("version").GetGuid() }))
            .ReadAsync<JsonElement>();
        completed.GetProperty("status").GetString().ShouldBe("Completed");
    }

    [Fact]
    public async Task A_receiver_declines_with_a_reason_and_external_referrals_follow_sent_accepted_completed()
    {
        var station = await NewStationAsync();
        using var worker = await World.ClientForAsync(TestWorld.WorkerAEmail);
        using var receiver = await World.ClientForAsync(station.WorkerEmail);
        var (clientId, caseId) = await NewCaseAsync(worker);
        await (await worker.PostJsonAsync($"/api/v1/clients/{clientId}/consents", new { purpose = "SharingInReferral", givenBy = "Client", givenOn = Today })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var sent = await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/referrals", PlatformReferral(station.Id, shareName: false))).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var referralId = sent.GetProperty("id").GetGuid();
        await (await receiver.PostJsonAsync($"/api/v1/referrals/inbox/{referralId}/answer", new { accept = false, version = await PackageVersionAsync(referralId) }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var declined = await (await receiver.PostJsonAsync($"/api/v1/referrals/inbox/{referralId}/answer", new { accept = false, declineReason = "Không thuộc địa bàn", version = await PackageVersionAsync(referralId) }))
            .ReadAsync<JsonElement>();
        declined.GetProperty("status").GetString().ShouldBe("Declined");
        var seen = (await (await worker.GetAsync($"/api/v1/cases/{caseId}/referrals")).ReadAsync<JsonElement>()).EnumerateArray().Single();
        seen.GetProperty("declineReason").GetString().ShouldBe("Không thuộc địa bàn");

        var external = await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/referrals", new
        {
            target = "ExternalAgency", agencyKind = "SocialProtectionCentre", agencyName = "Trung tâm Bảo trợ xã hội", reason = "Nơi ở", sentOn = Today, sharesPersonalData = false,
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var url = $"/api/v1/cases/{caseId}/referrals/{external.GetProperty("id")}/status";
        await (await worker.PostJsonAsync(url, new { status = "Completed", outcome = "x", version = external.GetProperty("version").GetGuid() })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var accepted = await (await worker.PostJsonAsync(url, new { status = "Accepted", version = external.GetProperty("version").GetGuid() })).ReadAsync<JsonElement>();
        var done = await (await worker.PostJsonAsync(url, new { status = "Completed", outcome = "Đã tiếp nhận vào trung tâm", version = accepted.GetProperty("version").GetGuid() })).ReadAsync<JsonElement>();
        done.GetProperty("outcome").GetString().ShouldBe("Đã tiếp nhận vào trung tâm");
    }

    private async Task<Guid> PackageVersionAsync(Guid referralId)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.ReferralPackages.Where(p => p.Id == referralId).Select(p => p.Version).SingleAsync();
    }
}

public sealed class ReferralOnPostgres(SharedPostgres api) : ReferralTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class ReferralOnSqlite(SharedSqlite api) : ReferralTests(api.Factory), IClassFixture<SharedSqlite>;
