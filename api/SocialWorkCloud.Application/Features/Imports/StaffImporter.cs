using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Text;
using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.Application.Features.Imports;

/// <summary>
/// The social-work unit's staff with their practice certificates, into the facility admin's own facility. The natural
/// keys are the staff code (mã nhân viên) and the certificate number: a known code updates the staff member's profile,
/// a new one adds them; each row may carry one certificate, and a staff member with several certificates takes one row
/// per certificate (the rows must agree on the profile). A certificate already recorded for that staff member is not
/// written again; a number recorded for someone else is refused. The same file twice changes nothing the second time.
/// </summary>
internal sealed partial class StaffImporter(AppDbContext db, ICurrentUser user, TimeProvider clock, IOutbox? outbox = null) : IImporter
{
    private const int Code = 0, FullName = 1, Role = 2, DepartmentName = 3, Employment = 4, Level = 5, Major = 6, Joined = 7,
        CertNumber = 8, CertIssuer = 9, CertIssued = 10, CertExpires = 11;

    private static readonly (string Label, StaffRole Value)[] RoleLabels =
        [("Trưởng phòng/tổ", StaffRole.Head), ("Nhân viên CTXH", StaffRole.SocialWorker), ("Kiêm nhiệm", StaffRole.PartTime)];

    private static readonly (string Label, EmploymentType Value)[] EmploymentLabels =
        [("Biên chế", EmploymentType.Permanent), ("Hợp đồng", EmploymentType.Contract), ("Biệt phái", EmploymentType.Secondment)];

    private static readonly (string Label, QualificationLevel Value)[] LevelLabels =
    [
        ("Chứng chỉ ngắn hạn", QualificationLevel.ShortCourse), ("Trung cấp", QualificationLevel.Intermediate), ("Cao đẳng", QualificationLevel.College),
        ("Đại học", QualificationLevel.Bachelor), ("Thạc sĩ", QualificationLevel.Master), ("Tiến sĩ", QualificationLevel.Doctorate),
    ];

    private static readonly (string Label, QualificationMajor Value)[] MajorLabels =
    [
        ("Công tác xã hội", QualificationMajor.SocialWork), ("Xã hội học", QualificationMajor.Sociology), ("Tâm lý học", QualificationMajor.Psychology),
        ("Giáo dục đặc biệt", QualificationMajor.SpecialEducation), ("Ngành khác", QualificationMajor.Other),
    ];

    private Guid FacilityId => user.FacilityId ?? throw new ForbiddenException("import-kind-not-allowed", "Staff");

    public async Task<ImportTemplate> TemplateAsync(CancellationToken ct)
    {
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Name).Select(d => d.Name).ToListAsync(ct);
        return new ImportTemplate("Nhân viên CTXH",
            [
                new("Mã nhân viên", true, 14),
                new("Họ và tên", true, 28),
                new("Vai trò", true, 18, RoleLabels.Select(l => l.Label).ToList()),
                new("Khoa/phòng", false, 26, departments),
                new("Hình thức làm việc", true, 16, EmploymentLabels.Select(l => l.Label).ToList()),
                new("Trình độ", true, 18, LevelLabels.Select(l => l.Label).ToList()),
                new("Chuyên ngành", true, 20, MajorLabels.Select(l => l.Label).ToList()),
                new("Ngày vào đơn vị", false, 14),
                new("Số chứng chỉ hành nghề", false, 20),
                new("Nơi cấp chứng chỉ", false, 26),
                new("Ngày cấp", false, 14),
                new("Ngày hết hạn", false, 14),
            ],
            ["NV-VD", "Lê Thị Ví Dụ (dòng ví dụ: sửa hoặc xóa)", "Nhân viên CTXH", "", "Biên chế", "Đại học", "Công tác xã hội", "01/09/2020",
                "CCHN-VD-001", "Sở Y tế Thanh Hóa", "15/01/2025", ""]);
    }

    private sealed record Row(
        int Number, string Code, string Name, StaffRole Role, Guid? DepartmentId, EmploymentType Employment, QualificationLevel Level,
        QualificationMajor Major, DateOnly? Joined, Certificate? Certificate)
    {
        public string Profile => string.Join('|', Name, Role, DepartmentId, Employment, Level, Major, Joined);
    }

    private sealed record Certificate(int Row, string Number, string Issuer, DateOnly IssuedOn, DateOnly? ExpiresOn);

    public async Task<ImportPlan> PlanAsync(ImportSheet sheet, IEnumerable<XlsxRow> rows, CancellationToken ct)
    {
        var facilityId = FacilityId;
        var departments = (await db.Departments.AsNoTracking().Select(d => new { d.Id, d.Name }).ToListAsync(ct))
            .GroupBy(d => VietnameseText.Fold(d.Name)).ToDictionary(g => g.Key, g => g.First().Id);
        var roles = ImportSheet.Labels(RoleLabels.Concat(Enum.GetValues<StaffRole>().Select(v => (v.ToString(), v))));
        var employments = ImportSheet.Labels(EmploymentLabels.Concat(Enum.GetValues<EmploymentType>().Select(v => (v.ToString(), v))));
        var levels = ImportSheet.Labels(LevelLabels.Concat(Enum.GetValues<QualificationLevel>().Select(v => (v.ToString(), v))));
        var majors = ImportSheet.Labels(MajorLabels.Concat(Enum.GetValues<QualificationMajor>().Select(v => (v.ToString(), v))));
        var today = VietnamClock.Today(clock);

        var parsed = new List<Row>();
        var total = 0;
        foreach (var r in rows)
        {
            total++;
            var before = sheet.Problems.Count;
            var code = sheet.Text(r, Code, 32)?.ToUpperInvariant();
            if (code is not null && !CodePattern().IsMatch(code)) sheet.Add(r, Code, "import-code-format");
            var name = sheet.Text(r, FullName, 200);
            var role = sheet.Choice(r, Role, roles);
            Guid? departmentId = null;
            var departmentText = sheet.Text(r, DepartmentName, 200);
            if (departmentText is not null)
            {
                if (departments.TryGetValue(VietnameseText.Fold(departmentText), out var id)) departmentId = id;
                else sheet.Add(r, DepartmentName, "import-department-unknown", departmentText);
            }
            var employment = sheet.Choice(r, Employment, employments);
            var level = sheet.Choice(r, Level, levels);
            var major = sheet.Choice(r, Major, majors);
            var joined = sheet.Date(r, Joined);
            if (joined is { } j && (j < DateRules.Earliest || j > today.AddYears(1))) sheet.Add(r, Joined, "import-date-out-of-range");

            Certificate? certificate = null;
            var number = sheet.Text(r, CertNumber, 100);
            var issuer = sheet.Text(r, CertIssuer, 300);
            var issued = sheet.Date(r, CertIssued);
            var expires = sheet.Date(r, CertExpires);
            if (number is not null)
            {
                if (issuer is null && r[CertIssuer] is null) sheet.Add(r, CertIssuer, "import-required");
                if (issued is null && r[CertIssued] is null) sheet.Add(r, CertIssued, "import-required");
                if (issued is { } i && (i < DateRules.Earliest || i > today)) sheet.Add(r, CertIssued, "import-date-out-of-range");
                if (issued is not null && expires is not null && expires <= issued) sheet.Add(r, CertExpires, "import-expires-before-issued");
                if (issuer is not null && issued is not null) certificate = new Certificate(r.Number, number, issuer, issued.Value, expires);
            }
            else if (issuer is not null || issued is not null || expires is not null)
            {
                sheet.Add(r, CertNumber, "import-required");
            }

            if (sheet.Problems.Count == before && code is not null && name is not null && role is not null && employment is not null && level is not null && major is not null)
            {
                parsed.Add(new Row(r.Number, code, name, role.Value, departmentId, employment.Value, level.Value, major.Value, joined, certificate));
            }
        }

        // Rows of one staff member agree on the profile; a certificate number appears once.
        foreach (var group in parsed.GroupBy(p => p.Code))
        {
            var first = group.First();
            foreach (var other in group.Skip(1).Where(o => o.Profile != first.Profile)) sheet.Add(other.Number, FullName, "import-staff-rows-disagree", first.Number);
        }
        var seenNumbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in parsed.Where(p => p.Certificate is not null))
        {
            if (!seenNumbers.TryAdd(p.Certificate!.Number, p.Number)) sheet.Add(p.Number, CertNumber, "import-duplicate-row", seenNumbers[p.Certificate.Number]);
        }

        var existing = (await db.StaffMembers.Where(s => s.StaffCode != null).ToListAsync(ct)).ToDictionary(s => s.StaffCode!);
        var certificates = (await db.PracticeCertificates.AsNoTracking().Select(c => new { c.Number, c.StaffMemberId }).ToListAsync(ct))
            .GroupBy(c => c.Number, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().StaffMemberId, StringComparer.OrdinalIgnoreCase);
        foreach (var p in parsed.Where(p => p.Certificate is not null))
        {
            if (certificates.TryGetValue(p.Certificate!.Number, out var holder) && (!existing.TryGetValue(p.Code, out var s) || s.Id != holder))
            {
                sheet.Add(p.Number, CertNumber, "import-certificate-taken");
            }
        }

        int toCreate = 0, toUpdate = 0, unchanged = 0;
        foreach (var group in parsed.GroupBy(p => p.Code))
        {
            if (!existing.TryGetValue(group.Key, out var staff)) toCreate++;
            else if (Differs(staff, group.First()) || group.Any(g => g.Certificate is { } c && !certificates.ContainsKey(c.Number))) toUpdate++;
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
                var due = false;
                foreach (var group in parsed.GroupBy(p => p.Code))
                {
                    var first = group.First();
                    if (!existing.TryGetValue(group.Key, out var staff))
                    {
                        staff = new StaffMember { Id = Guid.NewGuid(), FacilityId = facilityId, StaffCode = first.Code, FullName = first.Name, SearchName = string.Empty, CreatedAt = now };
                        Assign(staff, first);
                        db.StaffMembers.Add(staff);
                        due |= VietnamClock.Today(clock) < CertificateRule.RequiredFrom;
                    }
                    else if (Differs(staff, first))
                    {
                        Assign(staff, first);
                    }
                    foreach (var c in group.Select(g => g.Certificate).OfType<Certificate>().Where(c => !certificates.ContainsKey(c.Number)))
                    {
                        db.PracticeCertificates.Add(new PracticeCertificate
                        {
                            Id = Guid.NewGuid(), FacilityId = facilityId, StaffMemberId = staff.Id, Number = c.Number, Issuer = c.Issuer, IssuedOn = c.IssuedOn,
                            ExpiresOn = c.ExpiresOn, CreatedAt = now,
                        });
                        due |= c.ExpiresOn is { } expires && DeadlinesChanged.InWindow(expires, clock, CertificateRule.ExpiryWarningDays);
                    }
                }
                // What the import made due (a certificate expiring soon, new staff before 2027) reaches the unit head now, as a hand entry does.
                if (outbox is not null) DeadlinesChanged.Publish(outbox, facilityId, DeadlineScope.Certificates, due);
                await db.SaveChangesAsync(token);
                return (toCreate, toUpdate, unchanged);
            },
        };
    }

    /// <summary>A blank department or joining date keeps what is stored (an import never erases).</summary>
    private static bool Differs(StaffMember s, Row r) =>
        s.FullName != r.Name || s.Role != r.Role || (r.DepartmentId is not null && s.DepartmentId != r.DepartmentId) || s.EmploymentType != r.Employment
        || s.QualificationLevel != r.Level || s.QualificationMajor != r.Major || (r.Joined is not null && s.JoinedOn != r.Joined);

    private static void Assign(StaffMember s, Row r)
    {
        s.FullName = r.Name;
        s.SearchName = VietnameseText.Fold(r.Name);
        s.Role = r.Role;
        if (r.DepartmentId is not null) s.DepartmentId = r.DepartmentId;
        s.EmploymentType = r.Employment;
        s.QualificationLevel = r.Level;
        s.QualificationMajor = r.Major;
        if (r.Joined is not null) s.JoinedOn = r.Joined;
    }

    [GeneratedRegex("^[A-Za-z0-9._/-]+$")]
    private static partial Regex CodePattern();
}
