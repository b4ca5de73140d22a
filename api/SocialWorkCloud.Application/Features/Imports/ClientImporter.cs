using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Auditing;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Imports;

/// <summary>
/// Clients into the facility admin's own facility, under the register's duplicate rules. The natural keys are the
/// CCCD, the insurance number and the patient id: a row whose key already belongs to a client of the same name is
/// that client (unchanged, so a second import changes nothing); a key held by someone else is refused. A row
/// without a matching key whose folded name and birth year match an existing client is reported as a likeness:
/// the user decides per row, on commit, to skip it or create the client anyway (recorded and audited as such).
/// </summary>
internal sealed partial class ClientImporter(AppDbContext db, ICurrentUser user, TimeProvider clock) : IImporter
{
    private const int FullName = 0, DateOfBirth = 1, BirthYear = 2, Sex_ = 3, NationalId = 4, Insurance = 5, PatientId = 6, Commune = 7,
        Address = 8, Phone = 9, Guardian = 10;

    private static readonly (string Label, Sex Value)[] SexLabels = [("Nam", Sex.Male), ("Nữ", Sex.Female), ("Không rõ", Sex.Unknown)];

    private Guid FacilityId => user.FacilityId ?? throw new ForbiddenException("import-kind-not-allowed", "Clients");

    public async Task<ImportTemplate> TemplateAsync(CancellationToken ct) => Template((await Communes(ct)).Select(c => c.Name).ToList());

    private static ImportTemplate Template(List<string> communeNames) => new("Đối tượng",
        [
            new("Họ và tên", true, 28),
            new("Ngày sinh", false, 14),
            new("Năm sinh", false, 10),
            new("Giới tính", false, 10, SexLabels.Select(l => l.Label).ToList()),
            new("Số CCCD", false, 16),
            new("Số thẻ BHYT", false, 18),
            new("Mã bệnh nhân", false, 14),
            new("Xã/phường", false, 26, communeNames),
            new("Số nhà, đường", false, 30),
            new("Điện thoại", false, 14),
            new("Người giám hộ/liên hệ", false, 30),
        ],
        ["Nguyễn Văn Ví Dụ (dòng ví dụ: sửa hoặc xóa)", "02/09/1960", "1960", "Nam", "038060000000", "", "", (communeNames.Count > 0 ? communeNames[0] : string.Empty),
            "Số 1 đường Lê Lợi", "0912 000 000", ""]);

    /// <summary>The communes of the facility's province (all of them when the province has no official code).</summary>
    private async Task<List<(string Code, string Name, string ProvinceName)>> Communes(CancellationToken ct)
    {
        var facilityId = FacilityId;
        var placeCode = await db.Facilities.Where(f => f.Id == facilityId)
            .Select(f => db.Provinces.Where(p => p.Id == f.ProvinceId).Select(p => p.PlaceCode).FirstOrDefault()).SingleOrDefaultAsync(ct);
        var communes = db.PlaceCommunes.AsNoTracking();
        if (placeCode is not null) communes = communes.Where(c => c.ProvinceCode == placeCode);
        var list = await communes.OrderBy(c => c.SearchName)
            .Select(c => new { c.Code, c.Name, Province = db.PlaceProvinces.Where(p => p.Code == c.ProvinceCode).Select(p => p.Name).First() })
            .ToListAsync(ct);
        return list.Select(c => (c.Code, c.Name, c.Province)).ToList();
    }

    private sealed record Row(int Number, Client Client);

    public async Task<ImportPlan> PlanAsync(ImportSheet sheet, IEnumerable<XlsxRow> rows, CancellationToken ct)
    {
        var facilityId = FacilityId;
        var communes = await Communes(ct);
        var communeByCode = communes.ToDictionary(c => c.Code);
        var communeByName = communes.GroupBy(c => VietnameseText.Fold(c.Name)).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single());
        var sexes = ImportSheet.Labels(SexLabels.Concat(Enum.GetValues<Sex>().Select(s => (s.ToString(), s))));
        var thisYear = clock.GetUtcNow().Year;

        // The facility's register keys, read once (the tenant filter keeps them to this facility).
        var existing = await db.Clients.AsNoTracking().Where(c => c.MergedIntoId == null)
            .Select(c => new { c.Id, c.FullName, c.SearchName, c.BirthYear, c.NationalId, c.InsuranceNumber, c.PatientId })
            .ToListAsync(ct);
        var byNationalId = existing.Where(c => c.NationalId != null).GroupBy(c => c.NationalId!).ToDictionary(g => g.Key, g => g.First().SearchName);
        var byInsurance = existing.Where(c => c.InsuranceNumber != null).GroupBy(c => c.InsuranceNumber!).ToDictionary(g => g.Key, g => g.First().SearchName);
        var byPatientId = existing.Where(c => c.PatientId != null).GroupBy(c => c.PatientId!).ToDictionary(g => g.Key, g => g.First().SearchName);
        var byNameYear = existing.Where(c => c.BirthYear != null).ToLookup(c => (c.SearchName, c.BirthYear!.Value));

        var seenNationalId = new Dictionary<string, int>();
        var seenInsurance = new Dictionary<string, int>();
        var seenPatientId = new Dictionary<string, int>();
        var toCreate = new List<Row>();
        var likenesses = new List<ImportLikeness>();
        int total = 0, unchanged = 0;
        foreach (var r in rows)
        {
            total++;
            var before = sheet.Problems.Count;
            var name = sheet.Text(r, FullName, 200);
            var dob = sheet.Date(r, DateOfBirth);
            if (dob is { } d && (d.Year < 1900 || d > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1))) sheet.Add(r, DateOfBirth, "client-birth-date-invalid");
            var year = sheet.Integer(r, BirthYear, 1900, thisYear);
            if (dob is not null && year is not null && dob.Value.Year != year) sheet.Add(r, BirthYear, "client-birth-year-mismatch");
            var sex = sheet.Choice(r, Sex_, sexes);
            var nationalId = sheet.Text(r, NationalId, 12)?.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (nationalId is not null && !NationalIdPattern().IsMatch(nationalId)) sheet.Add(r, NationalId, "client-national-id-format");
            var insurance = sheet.Text(r, Insurance, 20)?.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
            if (insurance is not null && !InsurancePattern().IsMatch(insurance)) sheet.Add(r, Insurance, "client-insurance-number-format");
            var patientId = sheet.Text(r, PatientId, 50);
            (string Code, string Name, string ProvinceName)? commune = null;
            var communeText = sheet.Text(r, Commune, 100);
            if (communeText is not null)
            {
                if (communeByCode.TryGetValue(communeText, out var byCode)) commune = byCode;
                else if (communeByName.TryGetValue(VietnameseText.Fold(communeText), out var byName)) commune = byName;
                else sheet.Add(r, Commune, "import-commune-unknown", communeText);
            }
            var address = sheet.Text(r, Address, 500);
            var phone = sheet.Text(r, Phone, 20)?.Replace(" ", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal);
            if (phone is not null && !PhonePattern().IsMatch(phone)) sheet.Add(r, Phone, "client-phone-invalid");
            var guardian = sheet.Text(r, Guardian, 500);
            if (sheet.Problems.Count != before || name is null) continue;

            var searchName = VietnameseText.Fold(name);
            // Keys repeated within the file are one person twice: refused, the user keeps one row.
            if (Repeated(seenNationalId, nationalId, r.Number, out var first) || Repeated(seenInsurance, insurance, r.Number, out first)
                || Repeated(seenPatientId, patientId, r.Number, out first))
            {
                sheet.Add(r, nationalId is not null ? NationalId : insurance is not null ? Insurance : PatientId, "import-duplicate-row", first);
                continue;
            }
            // An exact key match: the same person already registered (unchanged) or the key of another person (refused).
            var keyMatch = Match(byNationalId, nationalId, NationalId) ?? Match(byInsurance, insurance, Insurance) ?? Match(byPatientId, patientId, PatientId);
            if (keyMatch is { } k)
            {
                if (k.SearchName == searchName) unchanged++;
                else sheet.Add(r, k.Column, "import-client-key-taken");
                continue;
            }
            var client = new Client(name)
            {
                Id = Guid.NewGuid(), FacilityId = facilityId, DateOfBirth = dob, BirthYear = dob?.Year ?? year, Sex = sex ?? Sex.Unknown,
                NationalId = nationalId, InsuranceNumber = insurance, PatientId = patientId, CommuneCode = commune?.Code, CommuneWard = commune?.Name,
                Province = commune?.ProvinceName, AddressDetail = address, Phone = phone, GuardianContact = guardian, CreatedBy = user.UserId,
            };
            if (client.BirthYear is { } by && byNameYear[(searchName, by)].ToList() is { Count: > 0 } alike)
            {
                likenesses.Add(new ImportLikeness(r.Number, client.FullName, by,
                    alike.Take(5).Select(a => new ImportLikelyMatch(a.Id, a.FullName, a.BirthYear, a.PatientId)).ToList()));
            }
            toCreate.Add(new Row(r.Number, client));
        }

        return new ImportPlan
        {
            Problems = sheet.Problems,
            Rows = total,
            ToCreate = toCreate.Count,
            Unchanged = unchanged,
            Likenesses = likenesses,
            FacilityId = facilityId,
            Apply = async (decisions, token) =>
            {
                var alike = likenesses.ToDictionary(l => l.Row);
                var now = clock.GetUtcNow();
                var created = new List<Client>(toCreate.Count);
                var skipped = 0;
                foreach (var row in toCreate)
                {
                    if (alike.TryGetValue(row.Number, out var likeness))
                    {
                        if (decisions.GetValueOrDefault(row.Number)?.Choice != ImportRowChoice.CreateAnyway)
                        {
                            skipped++;
                            continue;
                        }
                        row.Client.CreatedDespiteMatches = true;
                        db.Audit(user, clock, "client.create-despite-matches", nameof(Client), row.Client.Id,
                            "Import; matches: " + string.Join(", ", likeness.Matches.Select(m => m.ClientId)));
                    }
                    // The rows bypass the change tracker: MultiRowInsert stamps the tenant and the version, the rest is set here.
                    row.Client.CreatedAt = now;
                    foreach (var key in row.Client.NameKeys) key.ClientId = row.Client.Id;
                    created.Add(row.Client);
                }
                // Multi-row INSERTs in the command's transaction: 50,000 clients through the change tracker took minutes.
                await MultiRowInsert.InsertAsync(db, created, token);
                await MultiRowInsert.InsertAsync(db, created.SelectMany(c => c.NameKeys).ToList(), token);
                await db.SaveChangesAsync(token);
                return (created.Count, 0, unchanged + skipped);
            },
        };
    }

    private static bool Repeated(Dictionary<string, int> seen, string? key, int row, out int firstRow)
    {
        firstRow = 0;
        if (key is null) return false;
        if (seen.TryGetValue(key, out firstRow)) return true;
        seen[key] = row;
        return false;
    }

    private static (string SearchName, int Column)? Match(Dictionary<string, string> keys, string? key, int column) =>
        key is not null && keys.TryGetValue(key, out var searchName) ? (searchName, column) : null;

    [GeneratedRegex("^[0-9]{9}$|^[0-9]{12}$")]
    private static partial Regex NationalIdPattern();

    [GeneratedRegex("^[A-Za-z0-9]+$")]
    private static partial Regex InsurancePattern();

    [GeneratedRegex("^\\+?[0-9]+$")]
    private static partial Regex PhonePattern();
}
