using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Targets;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>
/// Mirrors the catalogue from code into the Indicators table at start (insert new codes, refresh names):
/// independent of migrations, so a new indicator needs no data migration. Codes are never removed, as
/// targets and plans may reference them.
/// </summary>
public static class IndicatorCatalogueSync
{
    public static async Task SyncAsync(AppDbContext db, CancellationToken ct)
    {
        var existing = await db.Indicators.ToDictionaryAsync(i => i.Code, ct);
        var order = 0;
        foreach (var definition in IndicatorCatalogue.All)
        {
            var row = IndicatorCatalogue.ToRow(definition, order++);
            if (!existing.TryGetValue(row.Code, out var stored))
            {
                db.Indicators.Add(row);
                continue;
            }
            stored.NameVi = row.NameVi;
            stored.NameEn = row.NameEn;
            stored.Unit = row.Unit;
            stored.Direction = row.Direction;
            stored.Source = row.Source;
            stored.Groups = row.Groups;
            stored.Order = row.Order;
        }
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(ct);
    }
}
