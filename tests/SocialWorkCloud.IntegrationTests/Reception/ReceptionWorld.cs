using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Reception;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Reception;

public sealed record ReceptionRecords(Guid Point);

/// <summary>A reception point of hospital A and one of hospital B.</summary>
public sealed class ReceptionWorld : IAreaWorld
{
    public ReceptionRecords A { get; private set; } = null!;
    public ReceptionRecords B { get; private set; } = null!;

    public async Task ArrangeAsync(TestWorld world)
    {
        A = await NewReceptionAsync(world, world.HospitalA);
        B = await NewReceptionAsync(world, world.HospitalB);
    }

    /// <summary>Written inside the facility's tenant.</summary>
    public static async Task<ReceptionRecords> NewReceptionAsync(TestWorld world, Guid facilityId)
    {
        await using var scope = world.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var _ = scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(facilityId);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var record = new ReceptionPoint { Id = Guid.NewGuid(), Name = "Sảnh khám bệnh " + tag, CreatedAt = DateTimeOffset.UtcNow };
        db.Add(record);
        await db.SaveChangesAsync();
        return new ReceptionRecords(record.Id);
    }
}

public static class ReceptionWorldExtensions
{
    public static ReceptionWorld Reception(this TestWorld world) => world.Area<ReceptionWorld>();
}
