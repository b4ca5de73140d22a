using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.UnitHistory;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Imports;

namespace SocialWorkCloud.Application.Features.Imports;

/// <summary>The imports of the caller's province (officers) or facility (admins), newest first; a platform admin sees all.</summary>
[RequiresPermission(Permissions.ImportsUse)]
public sealed record ListImports(ImportKind? Kind) : IQuery<IReadOnlyList<ImportRecordDto>>;

public sealed class ListImportsHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<ListImports, IReadOnlyList<ImportRecordDto>>
{
    public async ValueTask<IReadOnlyList<ImportRecordDto>> Handle(ListImports query, CancellationToken cancellationToken)
    {
        var records = db.ImportRecords.AsNoTracking();
        if (!user.IsPlatformAdmin)
        {
            records = user.ProvinceId is { } provinceId
                ? records.Where(r => r.ProvinceId == provinceId)
                : user.FacilityId is { } facilityId ? records.Where(r => r.FacilityId == facilityId) : records.Where(r => false);
        }
        if (query.Kind is { } kind) records = records.Where(r => r.Kind == kind);
        var list = await records.OrderByDescending(r => r.ImportedAt).Take(200).ToListAsync(cancellationToken);
        var names = await db.RecorderNamesAsync(list.Select(r => r.ImportedBy), cancellationToken);
        return list.Select(r => ToDto(r, names)).ToList();
    }

    internal static ImportRecordDto ToDto(ImportRecord r, IReadOnlyDictionary<Guid, string> names) =>
        new(r.Id, r.Kind, r.FileName, r.ImportedAt, r.ImportedBy, r.ImportedBy is { } id ? names.GetValueOrDefault(id) : null,
            r.Rows, r.Created, r.Updated, r.Unchanged);
}
