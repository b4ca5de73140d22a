using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Targets;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Targets;

/// <summary>A province's target, a facility's submitted annual plan and its submitted five-year plan.</summary>
public sealed record TargetRecords(Guid Target, Guid Plan, Guid FiveYearPlan);

/// <summary>A: province 1's target and hospital A's plan; B: province 2's and hospital B's.</summary>
public sealed class TargetsWorld : IAreaWorld
{
    public TargetRecords A { get; private set; } = null!;
    public TargetRecords B { get; private set; } = null!;

    public async Task ArrangeAsync(TestWorld world)
    {
        var target1 = await NewTargetAsync(world, world.Province1);
        var target2 = await NewTargetAsync(world, world.Province2);
        A = new TargetRecords(target1, await NewSubmittedPlanAsync(world, world.HospitalA), await NewSubmittedFiveYearPlanAsync(world, world.HospitalA));
        B = new TargetRecords(target2, await NewSubmittedPlanAsync(world, world.HospitalB), await NewSubmittedFiveYearPlanAsync(world, world.HospitalB));
    }

    /// <summary>A province's money target for curative facilities in 2040 (a year no other test uses).</summary>
    public static async Task<Guid> NewTargetAsync(TestWorld world, Guid provinceId)
    {
        await using var scope = world.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var target = new IndicatorTarget
        {
            Id = Guid.NewGuid(), ProvinceId = provinceId, Year = 2040, IndicatorCode = IndicatorCatalogue.MoneyRaised, FacilityGroup = FacilityGroup.Curative,
            Value = 100_000_000, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
        };
        db.IndicatorTargets.Add(target);
        await db.SaveChangesAsync();
        return target.Id;
    }

    /// <summary>A submitted annual plan for 2040 with one target and one activity, written inside the facility's tenant.</summary>
    public static async Task<Guid> NewSubmittedPlanAsync(TestWorld world, Guid facilityId)
    {
        await using var scope = world.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var _ = scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(facilityId);
        var plan = AnnualPlan.Draft(2040, DateTimeOffset.UtcNow);
        db.AnnualPlans.Add(plan);
        db.PlanTargets.Add(new PlanTarget { Id = Guid.NewGuid(), PlanId = plan.Id, IndicatorCode = IndicatorCatalogue.MoneyRaised, Value = 100_000_000 });
        db.PlannedActivities.Add(new PlannedActivity { Id = Guid.NewGuid(), PlanId = plan.Id, Title = "Tập huấn", Month = 3 });
        plan.Submit(hasContent: true, by: null, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        return plan.Id;
    }

    /// <summary>A submitted five-year plan 2036–2040 (a period no other test uses) with one yearly target, written inside the facility's tenant.</summary>
    public static async Task<Guid> NewSubmittedFiveYearPlanAsync(TestWorld world, Guid facilityId)
    {
        await using var scope = world.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var _ = scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(facilityId);
        var plan = FiveYearPlan.Draft(2036, DateTimeOffset.UtcNow);
        plan.FacilityId = facilityId;
        plan.Revise("Nâng cao chất lượng công tác xã hội", null, null, null);
        db.FiveYearPlans.Add(plan);
        db.FiveYearPlanTargets.Add(plan.Target(IndicatorCatalogue.MoneyRaised, 2036, 100_000_000));
        plan.Submit(hasTargets: true, by: null, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        return plan.Id;
    }
}

public static class TargetsWorldExtensions
{
    public static TargetsWorld Targets(this TestWorld world) => world.Area<TargetsWorld>();
}
