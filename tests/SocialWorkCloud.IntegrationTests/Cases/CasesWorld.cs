using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Cases;

/// <summary>Case-management records of one facility, for the isolation probes and bad-input cases.</summary>
public sealed record CaseRecords(Guid ClientId, Guid CaseId, Guid TaskId, Guid AlertId, Guid ConsentId, Guid ReferralId);

/// <summary>
/// Case-management records of hospital A and hospital B (a child at high risk, with a task and an alert),
/// each referring to a facility of its own province.
/// </summary>
public sealed class CasesWorld : IAreaWorld
{
    public CaseRecords A { get; private set; } = null!;
    public CaseRecords B { get; private set; } = null!;

    public async Task ArrangeAsync(TestWorld world)
    {
        A = await NewCaseRecordsAsync(world, TestWorld.WorkerAEmail, "Nguyễn Thị Hồng Thử", world.StationA);
        B = await NewCaseRecordsAsync(world, TestWorld.WorkerBEmail, "Trần Văn Bé Thử", world.CdcB);
    }

    /// <summary>
    /// A child client with an open case (assessed at high risk: one alert), one follow-up task, a consent for
    /// sharing and a referral to another facility sharing the name, created through the API.
    /// </summary>
    public static async Task<CaseRecords> NewCaseRecordsAsync(TestWorld world, string workerEmail, string clientName, Guid referTo)
    {
        using var client = await world.ArrangementClientAsync(workerEmail);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var created = await client.PostAsync<ClientCreated>("/api/v1/clients",
            new NewClient(clientName, DateTime.UtcNow.Year - 8, "Male", CreateAnyway: true));
        var opened = await client.PostAsync<CaseDetail>("/api/v1/cases",
            new NewCase(created.Id, "High", "Medium", "ClinicalDepartment", "Trẻ bị bỏ rơi"));
        var caseId = opened.Id;
        await client.PostAsync<CaseDetail>($"/api/v1/cases/{caseId}/assessments", new NewAssessment(today, "High", "Nguy cơ cao"));
        var withTask = await client.PostAsync<CaseDetail>($"/api/v1/cases/{caseId}/tasks", new NewTask("Thăm gia đình", new DateOnly(2030, 1, 1)));
        var consent = await client.PostAsync<Created>($"/api/v1/clients/{created.Id}/consents",
            new { purpose = "SharingInReferral", givenBy = "Guardian", guardianName = "Mẹ", givenOn = today });
        var referral = await client.PostAsync<Created>($"/api/v1/cases/{caseId}/referrals", new
        {
            target = "PlatformFacility", receiverFacilityId = referTo, reason = "Theo dõi tại địa phương", sentOn = today,
            share = new { name = true, birthYear = false, sex = false, phone = false, address = false, problem = false, needs = false },
        });
        await using var scope = world.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var alertId = db.CaseAlerts.IgnoreTenant().Where(a => a.CaseId == caseId).Select(a => a.Id).Single();
        return new CaseRecords(created.Id, caseId, withTask.Tasks[0].Id, alertId, consent.Id, referral.Id);
    }
}

public static class CasesWorldExtensions
{
    /// <summary>Case-management records of hospitals A and B.</summary>
    public static CasesWorld Cases(this TestWorld world) => world.Area<CasesWorld>();
}
