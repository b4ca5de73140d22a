using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.PersonalData;

/// <summary>Law 91/2025 through the HTTP pipeline: consent withdrawal enforced, data-subject requests, restriction, pseudonymisation, retention.</summary>
public abstract class PersonalDataTests(ApiFactory factory)
{
    private TestWorld World => factory.World;
    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private Task<Tenant> TenantAsync() => World.TenantForAsync(nameof(PersonalDataTests));

    private static async Task<Guid> NewClientAsync(HttpClient worker, string name, object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["fullName"] = name, ["birthYear"] = 1990, ["sex"] = "Female", ["createAnyway"] = true };
        if (extra is not null)
            foreach (var p in extra.GetType().GetProperties()) body[p.Name] = p.GetValue(extra);
        var created = await (await worker.PostJsonAsync("/api/v1/clients", body)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    private static object Session(Guid clientId) => new
    {
        clientId, withRelative = false, heldOn = Today, durationMinutes = 45, topic = "Lo âu sau chẩn đoán", distressBefore = 7, distressAfter = 4,
    };

    [Fact]
    public async Task A_counselling_session_is_refused_after_the_consent_was_withdrawn_and_accepted_once_the_unit_head_records_the_legal_ground()
    {
        var tenant = await TenantAsync();
        using var worker = await tenant.WorkerAsync();
        using var head = await tenant.AdminAsync();
        var clientId = await NewClientAsync(worker, "Đỗ Thị Rút " + Guid.NewGuid().ToString("N")[..5]);

        // Never consented: not refused (only a withdrawal blocks).
        await (await worker.PostJsonAsync("/api/v1/counselling-sessions", Session(clientId))).ReadAsync<JsonElement>(HttpStatusCode.Created);

        var consent = await (await worker.PostJsonAsync($"/api/v1/clients/{clientId}/consents",
            new { purpose = "PersonalDataProcessing", givenBy = "Client", givenOn = "2025-01-02" })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var consentId = consent.GetProperty("id").GetGuid();
        await (await worker.PostJsonAsync($"/api/v1/clients/{clientId}/consents/{consentId}/withdraw", new { withdrawnOn = Today })).ReadAsync<JsonElement>();

        var refused = await (await worker.PostJsonAsync("/api/v1/counselling-sessions", Session(clientId))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        refused.GetProperty("code").GetString().ShouldBe("consent-withdrawn");
        var opening = await (await worker.PostJsonAsync("/api/v1/cases", new
        {
            clientId, priority = "Normal", riskLevel = "Low", intakeSource = "ClinicalDepartment", presentingProblem = "Cần hỗ trợ tâm lý",
        })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        opening.GetProperty("code").GetString().ShouldBe("consent-withdrawn");

        // Only the unit head records the legal ground.
        await (await worker.PostJsonAsync($"/api/v1/clients/{clientId}/consents/{consentId}/legal-ground", new { legalGround = "Khẩn cấp" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var grounded = await (await head.PostJsonAsync($"/api/v1/clients/{clientId}/consents/{consentId}/legal-ground",
            new { legalGround = "Bảo vệ tính mạng, sức khỏe của chủ thể dữ liệu trong tình huống khẩn cấp" })).ReadAsync<JsonElement>();
        grounded.GetProperty("legalGround").GetString().ShouldStartWith("Bảo vệ tính mạng");

        await (await worker.PostJsonAsync("/api/v1/counselling-sessions", Session(clientId))).ReadAsync<JsonElement>(HttpStatusCode.Created);

        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.AuditEntries.IgnoreTenant().CountAsync(a => a.EntityId == consentId && a.Action == "consent.legal-ground")).ShouldBe(1);
    }
}

public sealed class PersonalDataOnPostgres(SharedPostgres api) : PersonalDataTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class PersonalDataOnSqlite(SharedSqlite api) : PersonalDataTests(api.Factory), IClassFixture<SharedSqlite>;
