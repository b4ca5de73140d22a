using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Imports;

/// <summary>
/// Facilities with their unit-status history, into the province officer's own province. The natural key is the
/// facility code (unique in the province): a known code updates the facility's profile, a new one registers it.
/// Each row may carry one entry of the unit's history (status, effective date, decision); the same facility may
/// appear on several rows, one per entry. An entry already in the history (same status and effective date) is not
/// written again, so importing the same file twice changes nothing the second time.
/// </summary>
internal sealed partial class FacilityImporter(AppDbContext db, ICurrentUser user, TenantScope tenant, TimeProvider clock) : IImporter
{
    private const int Code = 0, Name = 1, Type = 2, Ownership_ = 3, Commune = 4, Address = 5, Phone = 6, Staff = 7, Established = 8,
        Status = 9, Effective = 10, Decision = 11, Headcount = 12, Head = 13, Level = 14;

    private static readonly (string Label, FacilityType Value)[] TypeLabels =
    [
        ("Bệnh viện công lập", FacilityType.PublicHospital),
        ("Bệnh viện tư nhân", FacilityType.PrivateHospital),
        ("Trung tâm Kiểm soát bệnh tật tỉnh", FacilityType.ProvincialCdc),
        ("Trung tâm Y tế", FacilityType.DistrictHealthCentre),
        ("Trạm Y tế xã/phường", FacilityType.CommuneHealthStation),
    ];

    private static readonly (string Label, HospitalLevel Value)[] LevelLabels =
    [
        ("Tuyến trung ương", HospitalLevel.Central),
        ("Tuyến tỉnh", HospitalLevel.Provincial),
        ("Tuyến huyện/khu vực", HospitalLevel.District),
        ("Tư nhân", HospitalLevel.Private),
    ];

    private static readonly (string Label, Ownership Value)[] OwnershipLabels = [("Công lập", Ownership.Public), ("Tư nhân", Ownership.Private)];

    private static readonly (string Label, UnitStatus Value)[] StatusLabels =
    [
        ("Chưa có", UnitStatus.None),
        ("Chỉ có người làm CTXH/cộng tác viên", UnitStatus.CollaboratorsOnly),
        ("Tổ công tác xã hội", UnitStatus.Team),
        ("Phòng công tác xã hội", UnitStatus.Department),
    ];

    private Guid ProvinceId => user.ProvinceId ?? throw new ForbiddenException("import-needs-province");

    public async Task<ImportTemplate> TemplateAsync(CancellationToken ct)
    {
        var communes = await Communes(ct);
        return Template(communes.Select(c => c.Name).ToList());
    }

    private static ImportTemplate Template(List<string> communeNames) => new("Cơ sở y tế",
        [
            new("Mã cơ sở", true, 14),
            new("Tên cơ sở", true, 40),
            new("Loại hình", true, 28, TypeLabels.Select(l => l.Label).ToList()),
            new("Hình thức sở hữu", true, 16, OwnershipLabels.Select(l => l.Label).ToList()),
            new("Xã/phường", false, 26, communeNames),
            new("Số nhà, đường", false, 30),
            new("Điện thoại", false, 14),
            new("Số nhân viên y tế", true, 12),
            new("Ngày thành lập", false, 14),
            new("Tình trạng đơn vị CTXH", false, 30, StatusLabels.Select(l => l.Label).ToList()),
            new("Ngày hiệu lực", false, 14),
            new("Số quyết định", false, 18),
            new("Số người của đơn vị", false, 12),
            new("Trưởng đơn vị", false, 24),
            new("Tuyến bệnh viện", false, 20, LevelLabels.Select(l => l.Label).ToList()),
        ],
        ["VD-01", "Trạm Y tế (dòng ví dụ: sửa hoặc xóa)", "Trạm Y tế xã/phường", "Công lập", (communeNames.Count > 0 ? communeNames[0] : string.Empty),
            "Số 1 đường Lê Lợi", "0237 3850 000", "8", "15/03/2010", "Tổ công tác xã hội", "01/06/2024", "QĐ 12/QĐ-TYT", "2", "Nguyễn Văn A", string.Empty]);

    private async Task<List<(string Code, string Name)>> Communes(CancellationToken ct)
    {
        var provinceId = ProvinceId;
        var placeCode = await db.Provinces.Where(p => p.Id == provinceId).Select(p => p.PlaceCode).SingleOrDefaultAsync(ct);
        var communes = db.PlaceCommunes.AsNoTracking();
        if (placeCode is not null) communes = communes.Where(c => c.ProvinceCode == placeCode);
        var list = await communes.OrderBy(c => c.SearchName).Select(c => new { c.Code, c.Name }).ToListAsync(ct);
        return list.Select(c => (c.Code, c.Name)).ToList();
    }

    private sealed record Row(
        int Number, string Code, string Name, FacilityType Type, Ownership Ownership, string? CommuneCode, string? CommuneName, string? Address,
        string? Phone, int Staff, DateOnly? Established, UnitStatusFacts? Unit, HospitalLevel? Level)
    {
        public string Profile => string.Join('|', Name, Type, Ownership, CommuneCode, Address, Phone, Staff, Established, Level);
    }

    public async Task<ImportPlan> PlanAsync(ImportSheet sheet, IEnumerable<XlsxRow> rows, CancellationToken ct)
    {
        var provinceId = ProvinceId;
        var communes = await Communes(ct);
        var communeByCode = communes.ToDictionary(c => c.Code, c => c.Name);
        // Two communes of one province never share a name; across provinces (a province with no official code) they may.
        var communeByName = communes.GroupBy(c => VietnameseText.Fold(c.Name)).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single());
        var types = ImportSheet.Labels(TypeLabels.Concat(Enum.GetValues<FacilityType>().Select(t => (t.ToString(), t))));
        var ownerships = ImportSheet.Labels(OwnershipLabels.Concat(Enum.GetValues<Ownership>().Select(o => (o.ToString(), o))));
        var levels = ImportSheet.Labels(LevelLabels.Concat(Enum.GetValues<HospitalLevel>().Select(l => (l.ToString(), l))));
        var statuses = ImportSheet.Labels(StatusLabels.Concat(Enum.GetValues<UnitStatus>().Select(s => (s.ToString(), s))));
        var today = VietnamClock.Today(clock);

        var parsed = new List<Row>();
        var total = 0;
        foreach (var r in rows)
        {
            total++;
            var before = sheet.Problems.Count;
            var code = sheet.Text(r, Code, 32)?.ToUpperInvariant();
            if (code is not null && !CodePattern().IsMatch(code)) sheet.Add(r, Code, "facility-code-format");
            var name = sheet.Text(r, Name, 300);
            var type = sheet.Choice(r, Type, types);
            var ownership = sheet.Choice(r, Ownership_, ownerships);
            if (type == FacilityType.PrivateHospital && ownership is not null and not Ownership.Private) sheet.Add(r, Ownership_, "private-hospital-ownership");
            string? communeCode = null, communeName = null;
            var communeText = sheet.Text(r, Commune, 100);
            if (communeText is not null)
            {
                if (communeByCode.TryGetValue(communeText, out var byCode)) (communeCode, communeName) = (communeText, byCode);
                else if (communeByName.TryGetValue(VietnameseText.Fold(communeText), out var byName)) (communeCode, communeName) = byName;
                else sheet.Add(r, Commune, "import-commune-unknown", communeText);
            }
            var address = sheet.Text(r, Address, 500);
            var phone = sheet.Text(r, Phone, 32);
            var staff = sheet.Integer(r, Staff, 0, 100_000);
            var established = sheet.Date(r, Established);
            var level = sheet.Choice(r, Level, levels);
            if (level is not null && type is not null && !type.Value.IsHospital()) sheet.Add(r, Level, "hospital-level-not-hospital");
            else if (level is not null && type is not null && (type == FacilityType.PrivateHospital) != (level == HospitalLevel.Private)) sheet.Add(r, Level, "hospital-level-ownership");

            UnitStatusFacts? unit = null;
            var status = sheet.Choice(r, Status, statuses);
            var effective = sheet.Date(r, Effective);
            var decision = sheet.Text(r, Decision, 100);
            var headcount = sheet.Integer(r, Headcount, 0, 10_000);
            var head = sheet.Text(r, Head, 200);
            if (status is not null)
            {
                if (effective is null && r[Effective] is null) sheet.Add(r, Effective, "import-required");
                if (effective is { } e && (e < DateRules.Earliest || e > today.AddYears(1))) sheet.Add(r, Effective, "date-effective-range");
                if (status >= UnitStatus.Team && decision is null) sheet.Add(r, Decision, "unit-decision-required");
                if (effective is not null) unit = new UnitStatusFacts(status.Value, effective.Value, decision, head, headcount ?? 0);
            }
            else if (effective is not null || decision is not null)
            {
                sheet.Add(r, Status, "import-required");
            }

            if (sheet.Problems.Count == before && code is not null && name is not null && type is not null && ownership is not null && staff is not null)
            {
                parsed.Add(new Row(r.Number, code, name, type.Value, ownership.Value, communeCode, communeName, address, phone, staff.Value, established, unit, level));
            }
        }

        // Rows of one facility must agree on its profile; one history entry per status and date.
        foreach (var group in parsed.GroupBy(p => p.Code))
        {
            var first = group.First();
            foreach (var other in group.Skip(1).Where(o => o.Profile != first.Profile))
            {
                sheet.Add(other.Number, Name, "import-rows-disagree", first.Number);
            }
            foreach (var dup in group.Where(g => g.Unit is not null).GroupBy(g => (g.Unit!.Status, g.Unit.EffectiveDate)).SelectMany(g => g.Skip(1)))
            {
                sheet.Add(dup.Number, Effective, "import-duplicate-row", group.First(g => g.Unit is not null && (g.Unit.Status, g.Unit.EffectiveDate) == (dup.Unit!.Status, dup.Unit.EffectiveDate)).Number);
            }
        }

        var existing = await db.Facilities.Where(f => f.ProvinceId == provinceId).ToDictionaryAsync(f => f.Code, ct);
        var history = (await db.AcrossFacilities<UnitStatusChange>(db.Facilities.Where(f => f.ProvinceId == provinceId).Select(f => f.Id))
                .Select(c => new { c.FacilityId, c.Status, c.EffectiveDate })
                .ToListAsync(ct))
            .Select(c => (c.FacilityId, c.Status, c.EffectiveDate)).ToHashSet();

        int toCreate = 0, toUpdate = 0, unchanged = 0;
        foreach (var group in parsed.GroupBy(p => p.Code))
        {
            var first = group.First();
            if (!existing.TryGetValue(group.Key, out var facility))
            {
                toCreate++;
                continue;
            }
            var profileChanged = Differs(facility, first);
            var newEntries = group.Any(g => g.Unit is { } u && !history.Contains((facility.Id, u.Status, u.EffectiveDate)));
            if (profileChanged || newEntries) toUpdate++;
            else unchanged++;
        }

        return new ImportPlan
        {
            Problems = sheet.Problems,
            Rows = total,
            ToCreate = toCreate,
            ToUpdate = toUpdate,
            Unchanged = unchanged,
            ProvinceId = provinceId,
            Apply = async (decisions, token) =>
            {
                var now = clock.GetUtcNow();
                var writes = new List<(Guid FacilityId, List<UnitStatusFacts> Entries)>();
                int created = 0, updated = 0, same = 0;
                foreach (var group in parsed.GroupBy(p => p.Code))
                {
                    var first = group.First();
                    var isNew = !existing.TryGetValue(group.Key, out var facility);
                    if (facility is null)
                    {
                        facility = new Facility
                        {
                            Id = Guid.NewGuid(), ProvinceId = provinceId, Code = first.Code, Name = first.Name, SearchName = string.Empty, CreatedAt = now,
                        };
                        db.Facilities.Add(facility);
                        created++;
                    }
                    var changed = !isNew && Differs(facility, first);
                    if (isNew || changed) Assign(facility, first);
                    var entries = group.Where(g => g.Unit is { } u && !history.Contains((facility.Id, u.Status, u.EffectiveDate)))
                        .Select(g => g.Unit!).ToList();
                    if (entries.Count > 0) writes.Add((facility.Id, entries));
                    if (!isNew)
                    {
                        if (changed || entries.Count > 0) updated++;
                        else same++;
                    }
                }
                await db.SaveChangesAsync(token);
                foreach (var (facilityId, entries) in writes)
                {
                    // History is tenant-owned: written inside each facility, like onboarding does.
                    using var _ = tenant.Enter(facilityId);
                    foreach (var facts in entries.OrderBy(e => e.EffectiveDate))
                    {
                        var change = UnitStatusChange.Record(facts, note: null, now, user.UserId);
                        change.FacilityId = facilityId;
                        db.UnitStatusChanges.Add(change);
                    }
                    await db.SaveChangesAsync(token);
                }
                return (created, updated, same);
            },
        };
    }

    private static bool Differs(Facility f, Row r) =>
        f.Name != r.Name || f.Type != r.Type || f.Ownership != r.Ownership || (r.CommuneCode is not null && f.CommuneCode != r.CommuneCode)
        || (r.Address is not null && f.AddressDetail != r.Address) || (r.Phone is not null && f.Phone != r.Phone)
        || f.MedicalStaffCount != r.Staff || (r.Established is not null && f.EstablishedOn != r.Established)
        || (r.Level is not null && f.HospitalLevel != r.Level);

    /// <summary>Blank optional cells keep what the registry has (an import never erases).</summary>
    private static void Assign(Facility f, Row r)
    {
        f.Name = r.Name;
        f.SearchName = VietnameseText.Fold(r.Name);
        f.Type = r.Type;
        f.Ownership = r.Ownership;
        if (r.CommuneCode is not null)
        {
            f.CommuneCode = r.CommuneCode;
            f.CommuneWard = r.CommuneName;
        }
        if (r.Address is not null) f.AddressDetail = r.Address;
        if (r.Phone is not null) f.Phone = r.Phone;
        f.MedicalStaffCount = r.Staff;
        if (r.Established is not null) f.EstablishedOn = r.Established;
        if (r.Level is not null) f.HospitalLevel = r.Level;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex CodePattern();
}
