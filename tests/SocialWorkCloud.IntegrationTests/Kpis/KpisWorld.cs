using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Kpis;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Kpis;

/// <summary>A finished KPI run of province 2.</summary>
public sealed class KpisWorld : IAreaWorld
{
    public Guid RunProvince2 { get; private set; }

    public async Task ArrangeAsync(TestWorld world)
    {
        await using var scope = world.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var run = new KpiRun { Id = Guid.NewGuid(), ProvinceId = world.Province2, AsOf = new DateOnly(2025, 12, 31), Status = KpiRunStatus.Succeeded, RequestedAt = DateTimeOffset.UtcNow };
        db.KpiRuns.Add(run);
        await db.SaveChangesAsync();
        RunProvince2 = run.Id;
    }
}

public static class KpisWorldExtensions
{
    public static KpisWorld Kpis(this TestWorld world) => world.Area<KpisWorld>();
}
