using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>
/// Numbers new cases per facility and year (<c>TH-2026-0042</c>) when they are saved, inside the saving
/// transaction: a lock per facility and year serialises the allocators (PostgreSQL advisory lock, SQL Server
/// application lock; SQLite write transactions begin IMMEDIATE), then the next number is the year's highest
/// plus one. A rolled-back save gives its number back, so numbers have no gaps and no duplicates; the unique
/// index on (facility, year, sequence) is the last defence.
/// </summary>
public static class CaseNumbering
{
    private const int PostgresLockClass = 0x73776363;

    public static List<Case> Pending(AppDbContext db) =>
        db.ChangeTracker.Entries<Case>().Where(e => e.State == EntityState.Added && e.Entity.CaseNumber == null).Select(e => e.Entity).ToList();

    /// <summary>Gives each case its number; the caller holds a transaction (the lock lasts until it ends).</summary>
    public static async Task AssignAsync(AppDbContext db, IReadOnlyList<Case> cases, CancellationToken ct)
    {
        var byFacilityYear = cases
            .GroupBy(c => (Facility: c.FacilityId != Guid.Empty ? c.FacilityId : db.CurrentFacilityId ?? Guid.Empty, Year: c.OpenedOn.Year))
            // Without a tenant the save is refused by the tenant interceptor: nothing to number.
            .Where(g => g.Key.Facility != Guid.Empty)
            .OrderBy(g => g.Key.Facility).ThenBy(g => g.Key.Year);
        foreach (var group in byFacilityYear)
        {
            var (facility, year) = group.Key;
            await LockAsync(db, facility, year, ct);
            // A facility added in the same save (the demo seeder) is not in the database yet.
            var code = db.Facilities.Local.FirstOrDefault(f => f.Id == facility)?.Code
                ?? await db.Facilities.IgnoreQueryFilters().Where(f => f.Id == facility).Select(f => f.Code).SingleAsync(ct);
            var last = await db.Cases.IgnoreQueryFilters().Where(c => c.FacilityId == facility && c.NumberYear == year)
                .MaxAsync(c => (int?)c.NumberSequence, ct) ?? 0;
            foreach (var @case in group.OrderBy(c => c.OpenedOn).ThenBy(c => c.CreatedAt)) @case.AssignNumber(code, year, ++last);
        }
    }

    private static async Task LockAsync(AppDbContext db, Guid facility, int year, CancellationToken ct)
    {
        switch (db.Database.ProviderName)
        {
            case "Npgsql.EntityFrameworkCore.PostgreSQL":
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0}, {1})", [PostgresLockClass, LockKey(facility, year)], ct);
                break;
            case "Microsoft.EntityFrameworkCore.SqlServer":
                await db.Database.ExecuteSqlRawAsync(
                    "DECLARE @r int; EXEC @r = sp_getapplock @Resource = {0}, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 30000; " +
                    "IF @r < 0 THROW 51000, 'The case number lock was not granted.', 1;", [$"swc-case-number/{facility:N}/{year}"], ct);
                break;
        }
    }

    // Not HashCode (randomised per process): two API instances must take the same lock.
    private static int LockKey(Guid facility, int year)
    {
        var hash = year;
        foreach (var b in facility.ToByteArray()) hash = unchecked(hash * 31 + b);
        return hash;
    }
}
