using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Training;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Training;

public sealed record TrainingRecords(Guid Course);

/// <summary>A training course of hospital A and one of hospital B.</summary>
public sealed class TrainingWorld : IAreaWorld
{
    public TrainingRecords A { get; private set; } = null!;
    public TrainingRecords B { get; private set; } = null!;

    public async Task ArrangeAsync(TestWorld world)
    {
        A = await NewTrainingAsync(world, world.HospitalA);
        B = await NewTrainingAsync(world, world.HospitalB);
    }

    /// <summary>Written inside the facility's tenant.</summary>
    public static async Task<TrainingRecords> NewTrainingAsync(TestWorld world, Guid facilityId)
    {
        await using var scope = world.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var _ = scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(facilityId);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var record = new TrainingCourse
        {
            Id = Guid.NewGuid(), Title = "Tập huấn " + tag, Organiser = "Sở Y tế", Type = TrainingType.Course, StartsOn = new DateOnly(2025, 3, 1),
            EndsOn = new DateOnly(2025, 3, 3), Hours = 16, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Add(record);
        await db.SaveChangesAsync();
        return new TrainingRecords(record.Id);
    }
}

public static class TrainingWorldExtensions
{
    public static TrainingWorld Training(this TestWorld world) => world.Area<TrainingWorld>();
}
