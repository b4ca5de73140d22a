using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Charity;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Charity;

public sealed record CharityRecords(Guid Schedule);

/// <summary>A charity schedule (free meals on the 1st and 15th) of hospital A and one of hospital B.</summary>
public sealed class CharityWorld : IAreaWorld
{
    public CharityRecords A { get; private set; } = null!;
    public CharityRecords B { get; private set; } = null!;

    public async Task ArrangeAsync(TestWorld world)
    {
        A = await NewCharityAsync(world, world.HospitalA);
        B = await NewCharityAsync(world, world.HospitalB);
    }

    /// <summary>Written inside the facility's tenant.</summary>
    public static async Task<CharityRecords> NewCharityAsync(TestWorld world, Guid facilityId)
    {
        await using var scope = world.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var _ = scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(facilityId);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var record = new CharitySchedule
        {
            Id = Guid.NewGuid(), Kind = CharityKind.FreeMeals, Title = "Bữa cơm miễn phí " + tag, DaysOfMonth = "1,15", StartsOn = new DateOnly(2025, 1, 1),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Add(record);
        await db.SaveChangesAsync();
        return new CharityRecords(record.Id);
    }
}

public static class CharityWorldExtensions
{
    public static CharityWorld Charity(this TestWorld world) => world.Area<CharityWorld>();
}
