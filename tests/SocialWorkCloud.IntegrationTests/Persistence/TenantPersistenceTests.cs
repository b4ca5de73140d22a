using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Persistence;

/// <summary>The tenant filter and the save interceptor on a real database, below the HTTP layer.</summary>
public abstract class TenantPersistenceTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    private static UnitStatusChange Change(Guid facilityId) => new()
    {
        Id = Guid.NewGuid(), FacilityId = facilityId, Status = UnitStatus.CollaboratorsOnly, EffectiveDate = new DateOnly(2024, 1, 1),
        RecordedAt = DateTimeOffset.UtcNow,
    };

    [Fact]
    public async Task The_tenant_filter_shows_only_the_current_facilitys_rows()
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenant = scope.ServiceProvider.GetRequiredService<TenantScope>();

        (await db.UnitStatusChanges.CountAsync()).ShouldBe(0, "nobody signed in sees no tenant rows");
        using (tenant.Enter(World.HospitalA))
        {
            var rows = await db.UnitStatusChanges.ToListAsync();
            rows.ShouldNotBeEmpty();
            rows.ShouldAllBe(r => r.FacilityId == World.HospitalA);
            (await db.UnitStatusChanges.AnyAsync(r => r.Id == World.ChangeB)).ShouldBeFalse();
        }
    }

    [Fact]
    public async Task A_row_of_another_tenant_is_refused_and_a_new_row_is_stamped()
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenant = scope.ServiceProvider.GetRequiredService<TenantScope>();
        using var _ = tenant.Enter(World.StationA);

        db.UnitStatusChanges.Add(Change(World.HospitalB));
        await Should.ThrowAsync<ForbiddenException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        var stamped = Change(Guid.Empty);
        db.UnitStatusChanges.Add(stamped);
        await db.SaveChangesAsync();
        stamped.FacilityId.ShouldBe(World.StationA);
    }

    [Fact]
    public async Task Without_a_tenant_nothing_tenant_owned_is_written()
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.UnitStatusChanges.Add(Change(World.HospitalA));
        await Should.ThrowAsync<ForbiddenException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task The_unit_history_is_append_only()
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenant = scope.ServiceProvider.GetRequiredService<TenantScope>();
        using var _ = tenant.Enter(World.HospitalA);
        var entry = await db.UnitStatusChanges.FirstAsync(c => c.Id == World.ChangeA);

        entry.Headcount += 1;
        await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.UnitStatusChanges.Remove(await db.UnitStatusChanges.FirstAsync(c => c.Id == World.ChangeA));
        await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}

public sealed class TenantPersistenceOnPostgres(SharedPostgres api) : TenantPersistenceTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class TenantPersistenceOnSqlite(SharedSqlite api) : TenantPersistenceTests(api.Factory), IClassFixture<SharedSqlite>;
