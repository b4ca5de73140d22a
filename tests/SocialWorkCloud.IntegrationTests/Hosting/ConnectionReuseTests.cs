using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Hosting;

/// <summary>
/// Kestrel gives each request on a kept-alive connection the HttpContext the previous one used, since no IHttpContextAccessor
/// is registered (CurrentRequest). A real server (the test host's in-memory server makes a context per request), one
/// connection, callers taking turns: every request sees its own caller, and no caller's identity outlives its request.
/// </summary>
public sealed class ConnectionReuseTests
{
    [Fact]
    public async Task Callers_taking_turns_on_one_connection_each_see_only_themselves()
    {
        var folder = Directory.CreateTempSubdirectory("swc-reuse");
        try
        {
            await using var api = ApiProcess.Start(new Dictionary<string, string>
            {
                ["Database__Provider"] = "Sqlite",
                ["ConnectionStrings__Default"] = $"Data Source={Path.Combine(folder.FullName, "api.db")}",
                ["Database__SeedDemoData"] = "true",
            });
            await api.WaitForAsync("/health/ready", HttpStatusCode.OK, TimeSpan.FromMinutes(3));

            var connections = 0;
            using var handler = new SocketsHttpHandler
            {
                MaxConnectionsPerServer = 1,
                ConnectCallback = async (context, ct) =>
                {
                    Interlocked.Increment(ref connections);
                    var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                },
            };
            using var client = new HttpClient(handler) { BaseAddress = api.Client.BaseAddress };
            var hospitalHead = await SignInAsync(client, "hospital.admin@demo.vn");
            var officer = await SignInAsync(client, "province@demo.vn");

            for (var turn = 0; turn < 3; turn++)
            {
                (await MeAsync(client, hospitalHead)).GetProperty("role").GetString().ShouldBe("FacilityAdmin");
                (await MeAsync(client, null)).ValueKind.ShouldBe(JsonValueKind.Undefined);
                (await MeAsync(client, officer)).GetProperty("role").GetString().ShouldBe("ProvinceOfficer");
            }

            // A connection keeps the language its last request set (RequestLanguage): each request still reads its own.
            foreach (var language in new[] { null, "vi", "en", null, "en", "fr, en;q=0.5", "en", "vi", null })
            {
                var message = await ShortPasswordMessageAsync(client, language);
                if (language is "en" or "fr, en;q=0.5") message.ShouldNotContain("phải", customMessage: language);
                else message.ShouldContain("phải", customMessage: language);
                if (language == "vi") message.ShouldNotContain("must be at least", customMessage: language);
            }
            connections.ShouldBe(1);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string> SignInAsync(HttpClient client, string email)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Demo@2026" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>The validation message for a password too short, in the language the request asks for (or none).</summary>
    private static async Task<string> ShortPasswordMessageAsync(HttpClient client, string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/accept-invitation")
        {
            Content = JsonContent.Create(new { token = "any-link", password = "abc" }),
        };
        if (acceptLanguage is not null) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        using var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").GetProperty("password")[0].GetString()!;
    }

    /// <summary>The caller's /me, or Undefined for the 401 an anonymous request gets.</summary>
    private static async Task<JsonElement> MeAsync(HttpClient client, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        if (token is null)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            return default;
        }
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
