using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SocialWorkCloud.IntegrationTests.Infrastructure;

/// <summary>
/// The typed test client: requests and responses are records that mirror the API's JSON (below, and
/// next to an area's tests for its own resources), sent and read with the API's JSON options
/// (<see cref="TestWorld.Json"/>). A success helper asserts a 2xx (or the status given) and shows the
/// body when it is not; a refusal is read as a <see cref="Problem"/> after asserting it is RFC 9457.
/// Records list only the fields a test reads: unknown JSON members are ignored, so a record is a
/// claim about what the API returns, not a copy of its DTO.
/// </summary>
public static class TypedClient
{
    public static async Task<TResponse> GetAsync<TResponse>(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        return await response.ReadAsync<TResponse>(expected);
    }

    public static async Task<TResponse> PostAsync<TResponse>(this HttpClient client, string url, object body, HttpStatusCode? expected = null)
    {
        using var response = await client.PostAsJsonAsync(url, body, TestWorld.Json);
        return await ReadSuccessAsync<TResponse>(response, expected);
    }

    public static async Task<TResponse> PostAsync<TRequest, TResponse>(this HttpClient client, string url, TRequest body, HttpStatusCode? expected = null)
        where TRequest : notnull
    {
        using var response = await client.PostAsJsonAsync(url, body, TestWorld.Json);
        return await ReadSuccessAsync<TResponse>(response, expected);
    }

    public static async Task<TResponse> PutAsync<TResponse>(this HttpClient client, string url, object body, HttpStatusCode? expected = null)
    {
        using var response = await client.PutAsJsonAsync(url, body, TestWorld.Json);
        return await ReadSuccessAsync<TResponse>(response, expected);
    }

    /// <summary>Sends a request expected to be refused and returns its ProblemDetails (status, trace id, no stack trace asserted).</summary>
    public static async Task<Problem> ProblemAsync(this Task<HttpResponseMessage> sending, HttpStatusCode status)
    {
        using var response = await sending;
        return await response.ReadProblemAsync(status);
    }

    /// <summary>Asserts an RFC 9457 ProblemDetails of the status (as <see cref="HttpAssertions.ShouldBeProblemAsync"/>) and reads it typed.</summary>
    public static async Task<Problem> ReadProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var problem = await response.ShouldBeProblemAsync(status);
        return problem.Deserialize<Problem>(TestWorld.Json)!;
    }

    private static async Task<TResponse> ReadSuccessAsync<TResponse>(HttpResponseMessage response, HttpStatusCode? expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (expected is { } status) response.StatusCode.ShouldBe(status, text);
        else response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode} {text}");
        return JsonSerializer.Deserialize<TResponse>(text, TestWorld.Json)!;
    }
}

/// <summary>An RFC 9457 ProblemDetails as the API writes it.</summary>
public sealed record Problem(string? Type, string? Title, int Status, string? Detail, string? TraceId, string? Code,
    Dictionary<string, string[]>? Errors)
{
    public Dictionary<string, string[]> FieldErrors => Errors ?? [];
}

/// <summary>A created or changed record when only its id (and version) is read.</summary>
public sealed record Created(Guid Id, Guid Version);

/// <summary>A page of a list: its items, the total count and the number of pages.</summary>
public sealed record Page<T>(List<T> Items, int TotalCount, int TotalPages);

// Identity
public sealed record Login(string Email, string Password);
public sealed record Tokens(string AccessToken, string RefreshToken, DateTimeOffset ExpiresAt);
public sealed record Refresh(string RefreshToken);
public sealed record Me(Guid Id, string Email, string Role, string[] Permissions, Named? Facility, Named? Province);
public sealed record Named(Guid Id, string Name);

// Clients and cases
public sealed record NewClient(string FullName, int? BirthYear, string Sex, bool CreateAnyway = false);
public sealed record ClientCreated(Guid Id, Guid Version);
public sealed record NewCase(Guid ClientId, string Priority, string RiskLevel, string IntakeSource, string PresentingProblem);
public sealed record NewAssessment(DateOnly AssessedOn, string RiskLevel, string? Risks = null);
public sealed record NewTask(string Title, DateOnly DueOn);
public sealed record CaseTask(Guid Id, string Title, DateOnly DueOn, Guid AssigneeId);
public sealed record CaseDetail(Guid Id, Guid Version, List<CaseTask> Tasks);

// Facilities
public sealed record FacilityItem(Guid Id, Guid ProvinceId, string Code, string Name, string? UnitStatus, DateOnly? UnitStatusSince);
public sealed record UnitHistoryEntry(Guid Id, string Status, DateOnly EffectiveDate, string? DecisionNumber, string? RecordedByName);
public sealed record FacilityProfile(Guid Id, Guid Version, string Name, string? CurrentUnitStatus, List<UnitHistoryEntry> UnitHistory, string? HospitalLevel = null);
public sealed record NewUnit(string Status, DateOnly EffectiveDate, string? DecisionNumber, string? HeadName, int? Headcount);
public sealed record NewFacility(Guid ProvinceId, string Code, string Name, string Type, string Ownership, int MedicalStaffCount, NewUnit? InitialUnit);
public sealed record FacilityEdit(Guid Version, string Name, string Type, string Ownership, int MedicalStaffCount, string? HospitalLevel = null);

// Users and API clients
public sealed record NewUser(string Email, string FullName, string Role, Guid? FacilityId = null, Guid? ProvinceId = null, string? Language = null);
public sealed record UserItem(Guid Id, string Email, string FullName, string Role, Guid? FacilityId, string? FacilityName, Guid? ProvinceId, string? ProvinceName,
    bool IsActive = true, bool InvitationPending = false, string Language = "vi");
public sealed record UserEdit(string FullName, string Role, Guid? FacilityId = null, Guid? ProvinceId = null);
public sealed record LinkPassword(string Token, string Password);
public sealed record ForgotPasswordRequest(string Email);
public sealed record PasswordChange(string CurrentPassword, string NewPassword);
public sealed record Profile(string Email, string FullName, string? PhoneNumber, string Language);
public sealed record ProfileChange(string FullName, string? PhoneNumber, string Language);
public sealed record NewApiClient(string Name, string[] Scopes);
public sealed record ApiClientItem(Guid Id, string ClientId, string Name, Guid? FacilityId, string? FacilityName);
public sealed record ApiClientCreated(ApiClientItem Client, string ClientSecret);
