using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Places;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Places;

/// <summary>
/// The provinces and communes of the 2025 reform as shipped with the API (vn-administrative-units-2025.csv,
/// an embedded resource), mirrored into the PlaceProvinces/PlaceCommunes tables at start like the indicator
/// catalogue: new codes are inserted, names refreshed, nothing is removed (addresses reference the codes).
/// </summary>
public static class PlaceCatalogue
{
    private const string ResourceName = "SocialWorkCloud.Application.Features.Places.vn-administrative-units-2025.csv";

    public sealed record Row(string ProvinceCode, string ProvinceName, string ProvinceKind, string CommuneCode, string CommuneName, string CommuneKind);

    /// <summary>The shipped list, codes zero-padded as the statistics office writes them (province "01", commune "00004").</summary>
    public static IReadOnlyList<Row> Rows => Lazy.Value;

    private static readonly Lazy<IReadOnlyList<Row>> Lazy = new(Read);

    private static List<Row> Read()
    {
        using var stream = typeof(PlaceCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var rows = new List<Row>(3400);
        reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var f = line.Split(',');
            rows.Add(new Row(ProvinceCode(f[0]), f[1].Trim(), f[2].Trim(), CommuneCode(f[3]), f[4].Trim(), f[5].Trim()));
        }
        return rows;
    }

    public static string ProvinceCode(string code) => int.Parse(code.Trim(), CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture);

    public static string CommuneCode(string code) => int.Parse(code.Trim(), CultureInfo.InvariantCulture).ToString("00000", CultureInfo.InvariantCulture);

    public static async Task SyncAsync(AppDbContext db, CancellationToken ct)
    {
        var provinces = await db.PlaceProvinces.ToDictionaryAsync(p => p.Code, ct);
        var communes = await db.PlaceCommunes.ToDictionaryAsync(c => c.Code, ct);
        foreach (var row in Rows)
        {
            if (!provinces.TryGetValue(row.ProvinceCode, out var province))
            {
                province = new PlaceProvince { Code = row.ProvinceCode, Name = row.ProvinceName, Kind = row.ProvinceKind, SearchName = VietnameseText.Fold(row.ProvinceName) };
                provinces.Add(province.Code, province);
                db.PlaceProvinces.Add(province);
            }
            else if (province.Name != row.ProvinceName || province.Kind != row.ProvinceKind)
            {
                province.Name = row.ProvinceName;
                province.Kind = row.ProvinceKind;
                province.SearchName = VietnameseText.Fold(row.ProvinceName);
            }
            if (!communes.TryGetValue(row.CommuneCode, out var commune))
            {
                db.PlaceCommunes.Add(new PlaceCommune
                {
                    Code = row.CommuneCode, ProvinceCode = row.ProvinceCode, Name = row.CommuneName, Kind = row.CommuneKind,
                    SearchName = VietnameseText.Fold(row.CommuneName),
                });
            }
            else if (commune.Name != row.CommuneName || commune.Kind != row.CommuneKind || commune.ProvinceCode != row.ProvinceCode)
            {
                commune.Name = row.CommuneName;
                commune.Kind = row.CommuneKind;
                commune.ProvinceCode = row.ProvinceCode;
                commune.SearchName = VietnameseText.Fold(row.CommuneName);
            }
        }
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(ct);
    }
}
