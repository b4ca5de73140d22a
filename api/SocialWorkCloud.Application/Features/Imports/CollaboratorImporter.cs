using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Text;
using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.Application.Features.Imports;

/// <summary>
/// Collaborators (cộng tác viên CTXH) into the facility admin's own facility, each in a department or residential
/// group already registered (import the departments first). The natural key is the name and the department
/// (without accents or case): a known collaborator's phone and dates are updated when the file gives other ones,
/// blank cells keep what is stored, so a second import of the same file changes nothing.
/// </summary>
internal sealed class CollaboratorImporter(AppDbContext db, ICurrentUser user, TimeProvider clock) : IImporter
{
    private const int FullName = 0, DepartmentName = 1, Phone = 2, Joined = 3, Left = 4;

    private Guid FacilityId => user.FacilityId ?? throw new ForbiddenException("import-kind-not-allowed", "Collaborators");

    public async Task<ImportTemplate> TemplateAsync(CancellationToken ct)
    {
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Name).Select(d => d.Name).ToListAsync(ct);
        return new ImportTemplate("Cộng tác viên",
            [
                new("Họ và tên", true, 28),
                new("Khoa/phòng hoặc tổ", true, 32, departments),
                new("Điện thoại", false, 14),
                new("Ngày tham gia", false, 14),
                new("Ngày nghỉ", false, 14),
            ],
            ["Trần Thị Ví Dụ (dòng ví dụ: sửa hoặc xóa)", departments.Count > 0 ? departments[0] : "Khoa Nội", "0912 000 000", "01/03/2024", ""]);
    }

    private sealed record Row(int Number, string Name, Guid DepartmentId, string? Phone, DateOnly? Joined, DateOnly? Left);

    public async Task<ImportPlan> PlanAsync(ImportSheet sheet, IEnumerable<XlsxRow> rows, CancellationToken ct)
    {
        var facilityId = FacilityId;
        var departments = (await db.Departments.AsNoTracking().Select(d => new { d.Id, d.Name }).ToListAsync(ct))
            .GroupBy(d => VietnameseText.Fold(d.Name)).ToDictionary(g => g.Key, g => g.First().Id);
        var today = VietnamClock.Today(clock);
        var parsed = new List<Row>();
        var seen = new Dictionary<(string, Guid), int>();
        var total = 0;
        foreach (var r in rows)
        {
            total++;
            var before = sheet.Problems.Count;
            var name = sheet.Text(r, FullName, 200);
            var departmentText = sheet.Text(r, DepartmentName, 200);
            Guid? departmentId = null;
            if (departmentText is not null)
            {
                if (departments.TryGetValue(VietnameseText.Fold(departmentText), out var id)) departmentId = id;
                else sheet.Add(r, DepartmentName, "import-department-unknown", departmentText);
            }
            var phone = sheet.Phone(r, Phone);
            var joined = sheet.Date(r, Joined);
            var left = sheet.Date(r, Left);
            if (joined is { } j && (j < DateRules.Earliest || j > today)) sheet.Add(r, Joined, "import-date-out-of-range");
            if (left is { } l && (l < DateRules.Earliest || l > today.AddYears(1))) sheet.Add(r, Left, "import-date-out-of-range");
            if (joined is not null && left is not null && left <= joined) sheet.Add(r, Left, "import-left-before-joined");
            if (sheet.Problems.Count != before || name is null || departmentId is null) continue;
            if (!seen.TryAdd((VietnameseText.Fold(name), departmentId.Value), r.Number))
            {
                sheet.Add(r, FullName, "import-duplicate-row", seen[(VietnameseText.Fold(name), departmentId.Value)]);
                continue;
            }
            parsed.Add(new Row(r.Number, name, departmentId.Value, phone, joined, left));
        }

        var existing = (await db.Collaborators.ToListAsync(ct))
            .GroupBy(c => (VietnameseText.Fold(c.FullName), c.DepartmentId)).ToDictionary(g => g.Key, g => g.First());
        int toCreate = 0, toUpdate = 0, unchanged = 0;
        foreach (var p in parsed)
        {
            if (!existing.TryGetValue((VietnameseText.Fold(p.Name), p.DepartmentId), out var c)) toCreate++;
            else if (Differs(c, p)) toUpdate++;
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
                    if (!existing.TryGetValue((VietnameseText.Fold(p.Name), p.DepartmentId), out var c))
                    {
                        db.Collaborators.Add(new Collaborator
                        {
                            Id = Guid.NewGuid(), FacilityId = facilityId, FullName = p.Name, DepartmentId = p.DepartmentId, Phone = p.Phone,
                            JoinedOn = p.Joined, LeftOn = p.Left, CreatedAt = now,
                        });
                    }
                    else if (Differs(c, p))
                    {
                        if (p.Phone is not null) c.Phone = p.Phone;
                        if (p.Joined is not null) c.JoinedOn = p.Joined;
                        if (p.Left is not null) c.LeftOn = p.Left;
                    }
                }
                await db.SaveChangesAsync(token);
                return (toCreate, toUpdate, unchanged);
            },
        };
    }

    /// <summary>Blank optional cells keep what is stored (an import never erases).</summary>
    private static bool Differs(Collaborator c, Row r) =>
        (r.Phone is not null && c.Phone != r.Phone) || (r.Joined is not null && c.JoinedOn != r.Joined) || (r.Left is not null && c.LeftOn != r.Left);
}
