using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Users;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Mail;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Imports;

/// <summary>
/// User accounts in bulk, each invited like a single new account (an e-mail with a one-time link, sent through the
/// outbox after the commit; no password is ever in the file). A province officer staffs the facilities of the province
/// (facility admins, social workers, collaborators); a platform admin also province officers, never another platform
/// admin. The natural key is the e-mail: an account that already exists with the same name, role and place is
/// unchanged (not invited again), one that differs is a problem to resolve on the users screen, not silently changed.
/// </summary>
internal sealed class UserImporter(AppDbContext db, ICurrentUser user, UserManager<AppUser> users, TimeProvider clock, IOutbox outbox, PortalAddress portal) : IImporter
{
    private const int FullName = 0, Email = 1, Role = 2, FacilityCode = 3, ProvinceCode = 4;

    private static readonly (string Label, UserRole Value)[] RoleLabels =
    [
        ("Cán bộ Sở Y tế", UserRole.ProvinceOfficer),
        ("Quản trị đơn vị", UserRole.FacilityAdmin),
        ("Nhân viên CTXH", UserRole.SocialWorker),
        ("Cộng tác viên", UserRole.Collaborator),
    ];

    /// <summary>The roles an import may grant: never a platform admin, and a province officer only by a platform admin.</summary>
    private IReadOnlyList<UserRole> Grantable => user.IsPlatformAdmin
        ? [UserRole.ProvinceOfficer, UserRole.FacilityAdmin, UserRole.SocialWorker, UserRole.Collaborator]
        : [UserRole.FacilityAdmin, UserRole.SocialWorker, UserRole.Collaborator];

    public async Task<ImportTemplate> TemplateAsync(CancellationToken ct)
    {
        var facility = await db.Facilities.VisibleTo(user).OrderBy(f => f.Code).Select(f => f.Code).FirstOrDefaultAsync(ct);
        var province = user.ProvinceId is { } provinceId ? await db.Provinces.Where(p => p.Id == provinceId).Select(p => p.Code).SingleOrDefaultAsync(ct) : null;
        return new ImportTemplate("Tài khoản",
            [
                new("Họ và tên", true, 28),
                new("Email", true, 30),
                new("Vai trò", true, 18, RoleLabels.Where(l => Grantable.Contains(l.Value)).Select(l => l.Label).ToList()),
                new("Mã cơ sở", false, 14),
                new("Mã tỉnh", false, 10),
            ],
            ["Phạm Văn Ví Dụ (dòng ví dụ: sửa hoặc xóa)", "vidu@example.org", "Nhân viên CTXH", facility ?? "TYT-01", province ?? string.Empty]);
    }

    private sealed record Row(int Number, string Name, string Email, UserRole Role, Guid? FacilityId, Guid? ProvinceId);

    public async Task<ImportPlan> PlanAsync(ImportSheet sheet, IEnumerable<XlsxRow> rows, CancellationToken ct)
    {
        var grantable = Grantable;
        var roles = ImportSheet.Labels(RoleLabels.Concat(Enum.GetValues<UserRole>().Select(v => (v.ToString(), v))));
        var provinces = await db.Provinces.AsNoTracking().Select(p => new { p.Id, p.Code, p.PlaceCode }).ToListAsync(ct);
        var provinceByCode = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in provinces)
        {
            provinceByCode[p.Code] = p.Id;
            if (p.PlaceCode is not null) provinceByCode.TryAdd(p.PlaceCode, p.Id);
        }
        var facilities = await db.Facilities.VisibleTo(user).AsNoTracking().Select(f => new { f.Id, f.Code, f.ProvinceId }).ToListAsync(ct);
        var facilitiesByCode = facilities.ToLookup(f => f.Code.ToUpperInvariant());

        var parsed = new List<Row>();
        var seen = new Dictionary<string, int>();
        var total = 0;
        foreach (var r in rows)
        {
            total++;
            var before = sheet.Problems.Count;
            var name = sheet.Text(r, FullName, 200);
            var email = sheet.Email(r, Email);
            var role = sheet.Choice(r, Role, roles);
            if (role is not null && !grantable.Contains(role.Value))
            {
                sheet.Add(r, Role, "import-role-not-grantable", r[Role]);
                role = null;
            }
            var facilityCode = sheet.Text(r, FacilityCode, 32)?.ToUpperInvariant();
            var provinceCode = sheet.Text(r, ProvinceCode, 32);
            Guid? provinceId = null;
            if (provinceCode is not null)
            {
                if (provinceByCode.TryGetValue(provinceCode, out var id) && (user.IsPlatformAdmin || id == user.ProvinceId)) provinceId = id;
                else sheet.Add(r, ProvinceCode, "import-province-unknown", provinceCode);
            }
            Guid? facilityId = null, userProvinceId = null;
            if (role is UserRole.ProvinceOfficer)
            {
                if (provinceCode is null) sheet.Add(r, ProvinceCode, "import-required");
                if (facilityCode is not null) sheet.Add(r, FacilityCode, "import-role-without-facility");
                userProvinceId = provinceId;
            }
            else if (role is not null)
            {
                if (facilityCode is null) sheet.Add(r, FacilityCode, "import-required");
                else
                {
                    var matches = facilitiesByCode[facilityCode].Where(f => provinceId is null || f.ProvinceId == provinceId).ToList();
                    if (matches.Count == 1) facilityId = matches[0].Id;
                    else if (matches.Count == 0) sheet.Add(r, FacilityCode, "import-facility-unknown", facilityCode);
                    else sheet.Add(r, ProvinceCode, "import-facility-ambiguous", facilityCode);
                }
            }
            if (sheet.Problems.Count != before || name is null || email is null || role is null) continue;
            if (!seen.TryAdd(email, r.Number))
            {
                sheet.Add(r, Email, "import-duplicate-row", seen[email]);
                continue;
            }
            parsed.Add(new Row(r.Number, name, email, role.Value, facilityId, userProvinceId));
        }

        // Existing accounts, by the normalised e-mail Identity keeps (unique over all tenants).
        var normalized = parsed.Select(p => users.NormalizeEmail(p.Email)).ToList();
        var existing = new Dictionary<string, AppUser>(StringComparer.Ordinal);
        foreach (var chunk in normalized.Chunk(500))
        {
            foreach (var u in await db.Users.AsNoTracking().Where(u => chunk.Contains(u.NormalizedEmail)).ToListAsync(ct)) existing[u.NormalizedEmail!] = u;
        }
        var toCreate = new List<Row>();
        var unchanged = 0;
        foreach (var p in parsed)
        {
            if (!existing.TryGetValue(users.NormalizeEmail(p.Email), out var account))
            {
                toCreate.Add(p);
            }
            else if (account.FullName == p.Name && account.Role == p.Role && account.FacilityId == p.FacilityId && account.ProvinceId == p.ProvinceId)
            {
                unchanged++;
            }
            else
            {
                sheet.Add(p.Number, Email, "import-user-email-in-use");
            }
        }

        return new ImportPlan
        {
            Problems = sheet.Problems,
            Rows = total,
            ToCreate = toCreate.Count,
            Unchanged = unchanged,
            ProvinceId = user.IsPlatformAdmin ? null : user.ProvinceId,
            Apply = async (_, token) =>
            {
                var now = clock.GetUtcNow();
                var portalUrl = portal.Current();
                foreach (var p in toCreate)
                {
                    var account = new AppUser
                    {
                        Id = Guid.NewGuid(), UserName = p.Email, Email = p.Email, EmailConfirmed = true, FullName = p.Name, Role = p.Role,
                        FacilityId = p.FacilityId, ProvinceId = p.ProvinceId, CreatedAt = now, InvitedAt = now, Language = UserLanguages.Vietnamese,
                        LockoutEnabled = true,
                    };
                    // The same invitation as a single new account: saved with the user, sent after the import commits.
                    outbox.Publish(new AccountMailRequested(account.Id, AccountMailKind.Invitation, portalUrl), p.FacilityId);
                    var result = await users.CreateAsync(account);
                    if (!result.Succeeded) throw new BusinessRuleException("import-user-refused", p.Number, string.Join(" ", result.Errors.Select(e => e.Description)));
                }
                return (toCreate.Count, 0, unchanged);
            },
        };
    }
}
