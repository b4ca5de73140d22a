using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Imports;

/// <summary>
/// Donors (nhà hảo tâm) into the facility admin's own facility, the commune from the official list of the facility's
/// province. The natural key is the name (without accents or case) and the phone (its digits): a known donor's other
/// details are updated when the file gives other ones (blank cells keep what is stored), so a second import of the
/// same file changes nothing.
/// </summary>
internal sealed class DonorImporter(AppDbContext db, ICurrentUser user, TimeProvider clock) : IImporter
{
    private const int Kind = 0, Name = 1, Phone = 2, Email = 3, Commune = 4, Address = 5, Anonymous = 6, Note = 7;

    private static readonly (string Label, DonorKind Value)[] KindLabels = [("Cá nhân", DonorKind.Individual), ("Tổ chức", DonorKind.Organisation)];

    private Guid FacilityId => user.FacilityId ?? throw new ForbiddenException("import-kind-not-allowed", "Donors");

    public async Task<ImportTemplate> TemplateAsync(CancellationToken ct) =>
        Template((await Importers.FacilityCommunesAsync(db, FacilityId, ct)).Select(c => c.Name).ToList());

    private static ImportTemplate Template(List<string> communeNames) => new("Nhà hảo tâm",
        [
            new("Loại", true, 12, KindLabels.Select(l => l.Label).ToList()),
            new("Tên nhà hảo tâm", true, 32),
            new("Điện thoại", false, 14),
            new("Email", false, 24),
            new("Xã/phường", false, 26, communeNames),
            new("Số nhà, đường", false, 30),
            new("Ẩn danh khi công khai", false, 12, ImportSheet.YesNoChoices),
            new("Ghi chú", false, 30),
        ],
        ["Cá nhân", "Nguyễn Văn Ví Dụ (dòng ví dụ: sửa hoặc xóa)", "0912 000 000", "", communeNames.Count > 0 ? communeNames[0] : string.Empty,
            "Số 1 đường Lê Lợi", "Không", ""]);

    private sealed record Row(int Number, DonorKind Kind, string Name, string? Phone, string? Email, string? CommuneCode, string? Address, bool? Anonymous, string? Note);

    internal static string Key(string name, string? phone) =>
        VietnameseText.Fold(name) + "|" + new string((phone ?? string.Empty).Where(char.IsAsciiDigit).ToArray());

    public async Task<ImportPlan> PlanAsync(ImportSheet sheet, IEnumerable<XlsxRow> rows, CancellationToken ct)
    {
        var facilityId = FacilityId;
        var communes = new CommuneColumn(await Importers.FacilityCommunesAsync(db, facilityId, ct));
        var kinds = ImportSheet.Labels(KindLabels.Concat(Enum.GetValues<DonorKind>().Select(k => (k.ToString(), k))));
        var parsed = new List<Row>();
        var seen = new Dictionary<string, int>();
        var total = 0;
        foreach (var r in rows)
        {
            total++;
            var before = sheet.Problems.Count;
            var kind = sheet.Choice(r, Kind, kinds);
            var name = sheet.Text(r, Name, 300);
            var phone = sheet.Phone(r, Phone);
            var email = sheet.Email(r, Email);
            var commune = communes.Read(sheet, r, Commune);
            var address = sheet.Text(r, Address, 500);
            bool? anonymous = string.IsNullOrWhiteSpace(r[Anonymous]) ? null : sheet.YesNo(r, Anonymous, false);
            var note = sheet.Text(r, Note, 1000);
            if (sheet.Problems.Count != before || name is null || kind is null) continue;
            if (!seen.TryAdd(Key(name, phone), r.Number))
            {
                sheet.Add(r, Name, "import-duplicate-row", seen[Key(name, phone)]);
                continue;
            }
            parsed.Add(new Row(r.Number, kind.Value, name, phone, email, commune?.Code, address, anonymous, note));
        }

        var existing = (await db.Donors.ToListAsync(ct)).GroupBy(d => Key(d.Name, d.Phone)).ToDictionary(g => g.Key, g => g.First());
        int toCreate = 0, toUpdate = 0, unchanged = 0;
        foreach (var p in parsed)
        {
            if (!existing.TryGetValue(Key(p.Name, p.Phone), out var d)) toCreate++;
            else if (Differs(d, p)) toUpdate++;
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
                    if (!existing.TryGetValue(Key(p.Name, p.Phone), out var d))
                    {
                        d = new Donor { Id = Guid.NewGuid(), FacilityId = facilityId, Name = p.Name, SearchName = VietnameseText.Fold(p.Name), Kind = p.Kind, CreatedAt = now };
                        Assign(d, p);
                        db.Donors.Add(d);
                    }
                    else if (Differs(d, p))
                    {
                        Assign(d, p);
                    }
                }
                await db.SaveChangesAsync(token);
                return (toCreate, toUpdate, unchanged);
            },
        };
    }

    private static bool Differs(Donor d, Row r) =>
        d.Kind != r.Kind || (r.Email is not null && d.Email != r.Email) || (r.CommuneCode is not null && d.CommuneCode != r.CommuneCode)
        || (r.Address is not null && d.Address != r.Address) || (r.Anonymous is not null && d.IsAnonymousInPublic != r.Anonymous)
        || (r.Note is not null && d.Note != r.Note) || (r.Phone is not null && d.Phone != r.Phone);

    /// <summary>Blank optional cells keep what is stored (an import never erases).</summary>
    private static void Assign(Donor d, Row r)
    {
        d.Kind = r.Kind;
        if (r.Phone is not null) d.Phone = r.Phone;
        if (r.Email is not null) d.Email = r.Email;
        if (r.CommuneCode is not null) d.CommuneCode = r.CommuneCode;
        if (r.Address is not null) d.Address = r.Address;
        if (r.Anonymous is not null) d.IsAnonymousInPublic = r.Anonymous.Value;
        if (r.Note is not null) d.Note = r.Note;
    }
}
