using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Imports;

namespace SocialWorkCloud.Application.Features.Imports;

/// <summary>The importer of a kind, for a caller who may run it (each kind has its own permission and place).</summary>
internal static class Importers
{
    public static IImporter For(ImportKind kind, AppDbContext db, ICurrentUser user, TenantScope tenant, TimeProvider clock, IServiceProvider? services = null) => kind switch
    {
        ImportKind.Facilities when user.HasPermission(Permissions.ImportsFacilities) && user.ProvinceId is not null =>
            new FacilityImporter(db, user, tenant, clock),
        ImportKind.Clients when user.HasPermission(Permissions.ImportsClients) && user.FacilityId is not null =>
            new ClientImporter(db, user, clock),
        ImportKind.Departments when user.HasPermission(Permissions.ImportsWorkforce) && user.FacilityId is not null =>
            new DepartmentImporter(db, user, clock),
        ImportKind.Collaborators when user.HasPermission(Permissions.ImportsWorkforce) && user.FacilityId is not null =>
            new CollaboratorImporter(db, user, clock),
        ImportKind.Staff when user.HasPermission(Permissions.ImportsWorkforce) && user.FacilityId is not null =>
            new StaffImporter(db, user, clock, services?.GetService<IOutbox>()),
        ImportKind.Donors when user.HasPermission(Permissions.ImportsDonors) && user.FacilityId is not null =>
            new DonorImporter(db, user, clock),
        ImportKind.Users when user.HasPermission(Permissions.ImportsUsers) && (user.IsPlatformAdmin || user.ProvinceId is not null) && services is not null =>
            ActivatorUtilities.CreateInstance<UserImporter>(services, db, user),
        _ => throw new ForbiddenException("import-kind-not-allowed", kind),
    };

    /// <summary>Opens the upload and plans it: header, every row's problems, what would change.</summary>
    public static async Task<ImportPlan> PlanAsync(IImporter importer, Stream content, CancellationToken ct, ImportProgressRun? progress = null)
    {
        using var file = XlsxFile.Open(content);
        var sheet = new ImportSheet(await importer.TemplateAsync(ct));
        var rows = sheet.DataRows(file);
        return await importer.PlanAsync(sheet, progress is null ? rows : progress.Track(rows, file), ct);
    }

    public static string Slug(ImportKind kind) => kind switch
    {
        ImportKind.Facilities => "co-so-y-te",
        ImportKind.Clients => "doi-tuong",
        ImportKind.Staff => "nhan-vien-ctxh",
        ImportKind.Departments => "khoa-phong",
        ImportKind.Collaborators => "cong-tac-vien",
        ImportKind.Donors => "nha-hao-tam",
        ImportKind.Users => "tai-khoan",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The communes of a facility's province (all of them when the province has no official code), by name.</summary>
    public static async Task<List<(string Code, string Name, string ProvinceName)>> FacilityCommunesAsync(AppDbContext db, Guid facilityId, CancellationToken ct)
    {
        var placeCode = await db.Facilities.Where(f => f.Id == facilityId)
            .Select(f => db.Provinces.Where(p => p.Id == f.ProvinceId).Select(p => p.PlaceCode).FirstOrDefault()).SingleOrDefaultAsync(ct);
        var communes = db.PlaceCommunes.AsNoTracking();
        if (placeCode is not null) communes = communes.Where(c => c.ProvinceCode == placeCode);
        var list = await communes.OrderBy(c => c.SearchName)
            .Select(c => new { c.Code, c.Name, Province = db.PlaceProvinces.Where(p => p.Code == c.ProvinceCode).Select(p => p.Name).First() })
            .ToListAsync(ct);
        return list.Select(c => (c.Code, c.Name, c.Province)).ToList();
    }
}

/// <summary>A commune cell: the official code or the name (without accents or case), checked against a list of communes.</summary>
internal sealed class CommuneColumn
{
    private readonly Dictionary<string, (string Code, string Name, string ProvinceName)> _byCode;
    private readonly Dictionary<string, (string Code, string Name, string ProvinceName)> _byName;

    public CommuneColumn(IReadOnlyList<(string Code, string Name, string ProvinceName)> communes)
    {
        _byCode = communes.ToDictionary(c => c.Code);
        // Two communes of one province never share a name; across provinces (a province with no official code) they may.
        _byName = communes.GroupBy(c => Domain.Text.VietnameseText.Fold(c.Name)).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single());
    }

    public (string Code, string Name, string ProvinceName)? Read(ImportSheet sheet, XlsxRow row, int column)
    {
        var text = sheet.Text(row, column, 100);
        if (text is null) return null;
        if (_byCode.TryGetValue(text, out var byCode)) return byCode;
        if (_byName.TryGetValue(Domain.Text.VietnameseText.Fold(text), out var byName)) return byName;
        sheet.Add(row, column, "import-commune-unknown", text);
        return null;
    }
}
