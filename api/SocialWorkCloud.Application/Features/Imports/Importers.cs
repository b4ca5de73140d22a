using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Imports;

namespace SocialWorkCloud.Application.Features.Imports;

/// <summary>The importer of a kind, for a caller who may run it (each kind has its own permission and place).</summary>
internal static class Importers
{
    public static IImporter For(ImportKind kind, AppDbContext db, ICurrentUser user, TenantScope tenant, TimeProvider clock) => kind switch
    {
        ImportKind.Facilities when user.HasPermission(Permissions.ImportsFacilities) && user.ProvinceId is not null =>
            new FacilityImporter(db, user, tenant, clock),
        ImportKind.Clients when user.HasPermission(Permissions.ImportsClients) && user.FacilityId is not null =>
            new ClientImporter(db, user, clock),
        _ => throw new ForbiddenException("import-kind-not-allowed", kind),
    };

    /// <summary>Opens the upload and plans it: header, every row's problems, what would change.</summary>
    public static async Task<ImportPlan> PlanAsync(IImporter importer, Stream content, CancellationToken ct)
    {
        using var file = XlsxFile.Open(content);
        var sheet = new ImportSheet(await importer.TemplateAsync(ct));
        return await importer.PlanAsync(sheet, sheet.DataRows(file), ct);
    }

    public static string Slug(ImportKind kind) => kind switch
    {
        ImportKind.Facilities => "co-so-y-te",
        ImportKind.Clients => "doi-tuong",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
