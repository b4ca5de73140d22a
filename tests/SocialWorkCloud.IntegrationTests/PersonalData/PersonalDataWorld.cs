using System.Text.Json;
using SocialWorkCloud.IntegrationTests.Cases;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.PersonalData;

/// <summary>A data-subject request at hospital A and one at hospital B, for the isolation probes and bad-input cases.</summary>
public sealed class PersonalDataWorld : IAreaWorld
{
    public Guid RequestA { get; private set; }
    public Guid RequestB { get; private set; }

    public async Task ArrangeAsync(TestWorld world)
    {
        RequestA = await NewRequestAsync(world, TestWorld.AdminA, world.Cases().A.ClientId);
        RequestB = await NewRequestAsync(world, TestWorld.AdminB, world.Cases().B.ClientId);
    }

    private static async Task<Guid> NewRequestAsync(TestWorld world, string head, Guid clientId)
    {
        using var client = await world.ArrangementClientAsync(head);
        var created = await (await client.PostJsonAsync($"/api/v1/clients/{clientId}/data-requests", new { kind = "Access", receivedOn = "2026-01-05" }))
            .ReadAsync<JsonElement>(System.Net.HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }
}
