using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Text;
using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.Application.Features.Imports;

/// <summary>
/// Departments (khoa/phòng) and residential groups into the facility admin's own facility. The natural key is the
/// name (compared without accents or case): a known name with another kind is updated, the same name and kind is
/// unchanged, so a second import of the same file changes nothing.
/// </summary>
internal sealed class DepartmentImporter(AppDbContext db, ICurrentUser user, TimeProvider clock) : IImporter
{
    private const int Name = 0, Kind = 1;

    internal static readonly (string Label, DepartmentKind Value)[] KindLabels =
    [
        ("Khoa lâm sàng", DepartmentKind.Clinical),
        ("Phòng/khoa khác", DepartmentKind.NonClinical),
        ("Tổ dân phố/thôn", DepartmentKind.ResidentialGroup),
    ];

    private Guid FacilityId => user.FacilityId ?? throw new ForbiddenException("import-kind-not-allowed", "Departments");

    public Task<ImportTemplate> TemplateAsync(CancellationToken ct) => Task.FromResult(new ImportTemplate("Khoa phòng",
        [
            new("Tên khoa/phòng hoặc tổ", true, 40),
            new("Loại", true, 22, KindLabels.Select(l => l.Label).ToList()),
        ],
        ["Khoa Nội (dòng ví dụ: sửa hoặc xóa)", "Khoa lâm sàng"]));

    public async Task<ImportPlan> PlanAsync(ImportSheet sheet, IEnumerable<XlsxRow> rows, CancellationToken ct)
    {
        var facilityId = FacilityId;
        var kinds = ImportSheet.Labels(KindLabels.Concat(Enum.GetValues<DepartmentKind>().Select(k => (k.ToString(), k))));
        var parsed = new List<(int Row, string Name, DepartmentKind Kind)>();
        var seen = new Dictionary<string, int>();
        var total = 0;
        foreach (var r in rows)
        {
            total++;
            var before = sheet.Problems.Count;
            var name = sheet.Text(r, Name, 200);
            var kind = sheet.Choice(r, Kind, kinds);
            if (sheet.Problems.Count != before || name is null || kind is null) continue;
            if (!seen.TryAdd(VietnameseText.Fold(name), r.Number))
            {
                sheet.Add(r, Name, "import-duplicate-row", seen[VietnameseText.Fold(name)]);
                continue;
            }
            parsed.Add((r.Number, name, kind.Value));
        }

        var existing = (await db.Departments.ToListAsync(ct)).GroupBy(d => VietnameseText.Fold(d.Name)).ToDictionary(g => g.Key, g => g.First());
        int toCreate = 0, toUpdate = 0, unchanged = 0;
        foreach (var p in parsed)
        {
            if (!existing.TryGetValue(VietnameseText.Fold(p.Name), out var d)) toCreate++;
            else if (d.Kind != p.Kind) toUpdate++;
            else unchanged++;
        }

        return new ImportPlan
        {
            Problems = sheet.Problems,
            Rows = total,
            ToCreate = toCreate,
            ToUpdate = toUpdate,
            Unchanged = unchanged,
            FacilityId = facilityId,
            Apply = async (_, token) =>
            {
                var now = clock.GetUtcNow();
                foreach (var p in parsed)
                {
                    if (!existing.TryGetValue(VietnameseText.Fold(p.Name), out var d))
                    {
                        db.Departments.Add(new Department { Id = Guid.NewGuid(), FacilityId = facilityId, Name = p.Name, Kind = p.Kind, CreatedAt = now });
                    }
                    else if (d.Kind != p.Kind)
                    {
                        d.Kind = p.Kind;
                    }
                }
                await db.SaveChangesAsync(token);
                return (toCreate, toUpdate, unchanged);
            },
        };
    }
}
