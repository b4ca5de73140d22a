using System.Net.Http.Headers;
using System.Reflection;
using System.Runtime.Serialization;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using SocialWorkCloud.GeneratedClient;
using SocialWorkCloud.IntegrationTests.Infrastructure;
using Generated = SocialWorkCloud.GeneratedClient.Models;

namespace SocialWorkCloud.IntegrationTests.Contract;

/// <summary>
/// The C# client Kiota generates from the committed document (tests/SocialWorkCloud.GeneratedClient) works
/// against the real pipeline (issue 19): it signs in, reads, and a refusal arrives as the documented
/// ProblemDetails with its code. Its requests go through the contract-checked client like every other.
/// </summary>
public abstract class GeneratedClientTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    private static (SocialWorkCloudClient Api, HttpClient Http) Connect(HttpClient http)
    {
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http)
        {
            BaseUrl = http.BaseAddress!.ToString().TrimEnd('/'),
        };
        return (new SocialWorkCloudClient(adapter), http);
    }

    [Fact]
    public async Task Signs_in_and_reads_the_profile_and_reports_through_the_generated_client()
    {
        var (api, http) = Connect(World.Anonymous());
        using var _ = http;
        var session = await api.Api.V1.Auth.Login.PostAsync(new Generated.Login { Email = TestWorld.AdminA, Password = TestWorld.Password });
        session.ShouldNotBeNull();
        session.AccessToken.ShouldNotBeNullOrWhiteSpace();

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
        var profile = await api.Api.V1.Me.Profile.GetAsync();
        profile!.Email.ShouldBe(TestWorld.AdminA);
        var reports = await api.Api.V1.Reports.GetAsync();
        reports.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_refused_sign_in_arrives_as_the_documented_problem_with_its_code()
    {
        var (api, http) = Connect(World.Anonymous());
        using var _ = http;
        var problem = await Should.ThrowAsync<Generated.ProblemDetails>(() =>
            api.Api.V1.Auth.Login.PostAsync(new Generated.Login { Email = TestWorld.AdminA, Password = "not the password" }));
        problem.ResponseStatusCode.ShouldBe(401);
        problem.Code.ShouldNotBeNull();
        WireName(problem.Code.Value).ShouldBe("invalid_credentials");
    }

    private static string? WireName(Generated.ProblemDetails_code code) =>
        typeof(Generated.ProblemDetails_code).GetField(code.ToString())!.GetCustomAttribute<EnumMemberAttribute>()?.Value;
}

public sealed class GeneratedClientOnPostgres(SharedPostgres api) : GeneratedClientTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class GeneratedClientOnSqlite(SharedSqlite api) : GeneratedClientTests(api.Factory), IClassFixture<SharedSqlite>;
