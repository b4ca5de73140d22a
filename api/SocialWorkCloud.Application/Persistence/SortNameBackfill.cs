using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>
/// Fills the Vietnamese sort keys of facilities, clients and donors written before the column existed, at startup
/// right after the migration that adds the column. The key is computed in .NET (<see cref="VietnameseCollation.SortKey"/>), so no SQL migration
/// can fill it; a row's key only follows its name, so this writes each row once and nothing on a filled database.
/// </summary>
public static class SortNameBackfill
{
    private const int Batch = 500;

    public static async Task<int> RunAsync(AppDbContext db, CancellationToken ct)
    {
        var filled = 0;
        filled += await FillAsync(after => db.Facilities.IgnoreQueryFilters().Where(f => f.SortName == "" && f.Id.CompareTo(after) > 0).OrderBy(f => f.Id).Select(f => new { f.Id, f.Name }),
            r => r.Id, r => r.Name, (id, key) => db.Facilities.IgnoreQueryFilters().Where(f => f.Id == id).ExecuteUpdateAsync(s => s.SetProperty(f => f.SortName, key), ct), ct);
        filled += await FillAsync(after => db.Clients.IgnoreQueryFilters().Where(c => c.SortName == "" && c.Id.CompareTo(after) > 0).OrderBy(c => c.Id).Select(c => new { c.Id, c.FullName }),
            r => r.Id, r => r.FullName, (id, key) => db.Clients.IgnoreQueryFilters().Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.SortName, key), ct), ct);
        filled += await FillAsync(after => db.Donors.IgnoreQueryFilters().Where(d => d.SortName == "" && d.Id.CompareTo(after) > 0).OrderBy(d => d.Id).Select(d => new { d.Id, d.Name }),
            r => r.Id, r => r.Name, (id, key) => db.Donors.IgnoreQueryFilters().Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.SortName, key), ct), ct);
        return filled;
    }

    /// <summary>Walks the pending rows by id, so a name whose key is empty (blank) is passed once, not read forever.</summary>
    private static async Task<int> FillAsync<T>(Func<Guid, IQueryable<T>> pendingAfter, Func<T, Guid> id, Func<T, string> name, Func<Guid, string, Task<int>> update, CancellationToken ct)
    {
        var filled = 0;
        var after = Guid.Empty;
        while (true)
        {
            var rows = await pendingAfter(after).Take(Batch).ToListAsync(ct);
            if (rows.Count == 0) return filled;
            foreach (var row in rows)
            {
                var key = VietnameseCollation.SortKey(name(row));
                if (key.Length > 0) filled += await update(id(row), key);
            }
            after = id(rows[^1]);
        }
    }
}
