using System.Net.Http.Json;
using System.Text.Json;

namespace SocialWorkCloud.IntegrationTests.Infrastructure;

public static class ApiClientTokens
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string clientId, string secret, string grantType = "client_credentials") =>
        await client.PostAsync("/api/v1/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = grantType, ["client_id"] = clientId, ["client_secret"] = secret,
        }));

    public static async Task<string> RequestAsync(HttpClient client, string clientId, string secret)
    {
        var response = await PostAsync(client, clientId, secret);
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonDocument.Parse(text).RootElement.GetProperty("access_token").GetString()!;
    }
}
