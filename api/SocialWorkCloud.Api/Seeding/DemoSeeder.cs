using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Kpis;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Features.Places;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Kpis;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Api.Seeding;

/// <summary>
/// A Thanh Hóa-like demo province: 40 hospitals, 30 preventive centres, 160 commune/ward stations,
/// unit histories spread over 2017–2026, and the README's demo accounts. Deterministic (fixed seed),
/// and it runs only on an empty database.
/// </summary>
public sealed class DemoSeeder(AppDbContext db, TenantScope tenant, UserManager<AppUser> users, IOutbox outbox, OutboxDispatcher dispatcher, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public const string DemoPassword = "Demo@2026";
    public const string ProvinceCode = "TH";
    /// <summary>Thanh Hóa's statistics office code, and the ward of the provincial seat (Phường Hạc Thành).</summary>
    public const string PlaceCode = "38";
    public const string ProvincialSeatCommune = "14797";

    private static readonly string[] Districts =
    [
        "Bá Thước", "Cẩm Thủy", "Đông Sơn", "Hà Trung", "Hậu Lộc", "Hoằng Hóa", "Lang Chánh", "Mường Lát", "Nga Sơn",
        "Ngọc Lặc", "Như Thanh", "Như Xuân", "Nông Cống", "Quan Hóa", "Quan Sơn", "Quảng Xương", "Thạch Thành",
        "Thiệu Hóa", "Thọ Xuân", "Thường Xuân", "Triệu Sơn", "Vĩnh Lộc", "Yên Định", "Bỉm Sơn", "Nghi Sơn", "Sầm Sơn",
    ];

    private static readonly string[] ProvincialHospitals =
    [
        "Bệnh viện Đa khoa tỉnh Thanh Hóa", "Bệnh viện Nhi Thanh Hóa", "Bệnh viện Phụ sản Thanh Hóa", "Bệnh viện Nội tiết Thanh Hóa",
        "Bệnh viện Phục hồi chức năng Thanh Hóa", "Bệnh viện Tâm thần Thanh Hóa", "Bệnh viện Phổi Thanh Hóa",
        "Bệnh viện Mắt Thanh Hóa", "Bệnh viện Y dược cổ truyền Thanh Hóa",
    ];

    private static readonly string[] PrivateHospitals =
    [
        "Bệnh viện Đa khoa Hợp Lực", "Bệnh viện Đa khoa Thanh Hà", "Bệnh viện Đa khoa Tâm Đức Cầu Quan", "Bệnh viện Đa khoa Đại An",
        "Bệnh viện Mắt Bình Tâm",
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Provinces.AnyAsync(ct)) return;
        logger.LogInformation("Seeding the demo province and accounts");
        var random = new Random(2026);
        var now = clock.GetUtcNow();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var province = new Province { Id = Guid.NewGuid(), Code = ProvinceCode, PlaceCode = PlaceCode, Name = "Thanh Hóa (dữ liệu mẫu)", CreatedAt = now };
        // The real communes of Thanh Hóa (2025 reform, statistics office codes) for the stations and addresses.
        var communes = PlaceCatalogue.Rows.Where(r => r.ProvinceCode == PlaceCode).ToList();
        var provincialSeat = communes.Single(c => c.CommuneCode == ProvincialSeatCommune);
        db.Provinces.Add(province);

        var facilities = new List<(Facility Facility, List<UnitStatusChange> History)>();
        void Add(string code, string name, FacilityType type, PlaceCatalogue.Row? commune, int staff, List<UnitStatusChange> history, HospitalLevel? level = null)
        {
            var f = new Facility
            {
                Id = Guid.NewGuid(), ProvinceId = province.Id, Code = code, Name = name, SearchName = VietnameseText.Fold(name), Type = type,
                Ownership = type == FacilityType.PrivateHospital ? Ownership.Private : Ownership.Public,
                CommuneCode = commune?.CommuneCode, CommuneWard = commune?.CommuneName, MedicalStaffCount = staff, CreatedAt = now, HospitalLevel = level,
            };
            facilities.Add((f, history));
        }

        // The flagship hospital follows the seed report: a team since 2017 (6 staff), a department since 23/3/2025.
        Add("BV-DKT", ProvincialHospitals[0], FacilityType.PublicHospital, provincialSeat, 1450,
        [
            Change(UnitStatus.Team, new DateOnly(2017, 6, 1), "QĐ 1024/QĐ-BV", 6),
            Change(UnitStatus.Department, new DateOnly(2025, 3, 23), "QĐ 512/QĐ-BV", 7),
        ], HospitalLevel.Provincial);
        for (var i = 1; i < ProvincialHospitals.Length; i++)
        {
            Add($"BV-T{i:00}", ProvincialHospitals[i], FacilityType.PublicHospital, null, 250 + random.Next(400), HospitalHistory(random), HospitalLevel.Provincial);
        }
        for (var i = 0; i < Districts.Length; i++)
        {
            // The former district hospitals, regional since the 2025 reform: the MoH still counts them with the district level.
            Add($"BV-H{i:00}", $"Bệnh viện Đa khoa {Prefix(Districts[i])} {Districts[i]}", FacilityType.PublicHospital, null, 120 + random.Next(200), HospitalHistory(random),
                HospitalLevel.District);
        }
        foreach (var (name, i) in PrivateHospitals.Select((n, i) => (n, i)))
        {
            Add($"BV-TN{i:00}", name, FacilityType.PrivateHospital, null, 60 + random.Next(150), HospitalHistory(random), HospitalLevel.Private);
        }
        Add("CDC", "Trung tâm Kiểm soát bệnh tật tỉnh Thanh Hóa", FacilityType.ProvincialCdc, provincialSeat, 320,
            [Change(UnitStatus.CollaboratorsOnly, new DateOnly(2023, 9, 15), null, 3)]);
        for (var i = 0; i < 29; i++)
        {
            var district = Districts[i % Districts.Length];
            var name = i < Districts.Length ? $"Trung tâm Y tế {Prefix(district)} {district}" : $"Trung tâm Y tế khu vực {district} {i - Districts.Length + 2}";
            Add($"TTYT-{i:00}", name, FacilityType.DistrictHealthCentre, null, 80 + random.Next(120), PreventiveHistory(random));
        }
        for (var i = 0; i < 160; i++)
        {
            // One station per real commune/ward (160 of Thanh Hóa's 166), named after it.
            var commune = communes[i % communes.Count];
            var bare = commune.CommuneName[(commune.CommuneName.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            Add($"TYT-{i:000}", $"Trạm Y tế {commune.CommuneKind} {bare}", FacilityType.CommuneHealthStation, commune, 6 + random.Next(10), StationHistory(random));
        }

        db.Facilities.AddRange(facilities.Select(f => f.Facility));
        await db.SaveChangesAsync(ct);
        foreach (var (facility, history) in facilities.Where(f => f.History.Count > 0))
        {
            // Each facility's history is written inside that tenant, like any other write.
            using var _ = tenant.Enter(facility.Id);
            foreach (var change in history)
            {
                change.FacilityId = facility.Id;
                db.UnitStatusChanges.Add(change);
            }
            await db.SaveChangesAsync(ct);
        }

        var hospital = facilities[0].Facility;
        var cdc = facilities.First(f => f.Facility.Type == FacilityType.ProvincialCdc).Facility;
        var station = facilities.First(f => f.Facility.Type == FacilityType.CommuneHealthStation).Facility;
        await CreateUser("platform@demo.vn", "Quản trị nền tảng", UserRole.PlatformAdmin, null, null);
        await CreateUser("province@demo.vn", "Nguyễn Thị Hồng (Sở Y tế)", UserRole.ProvinceOfficer, null, province.Id);
        await CreateUser("hospital.admin@demo.vn", "Lê Văn Minh (Trưởng phòng CTXH)", UserRole.FacilityAdmin, hospital.Id, null);
        await CreateUser("hospital.worker@demo.vn", "Trần Thị Lan (Nhân viên CTXH)", UserRole.SocialWorker, hospital.Id, null);
        await CreateUser("cdc.admin@demo.vn", "Phạm Quốc Huy (CDC)", UserRole.FacilityAdmin, cdc.Id, null);
        await CreateUser("station.worker@demo.vn", "Hoàng Thị Mai (Trạm Y tế)", UserRole.SocialWorker, station.Id, null);
        await CreateUser("collaborator@demo.vn", "Đỗ Văn Nam (Cộng tác viên)", UserRole.Collaborator, hospital.Id, null);
        await ActivitiesDemoData.SeedAsync(db, tenant, facilities.Select(f => f.Facility).ToList(), now, ct);
        await CaseManagementDemoData.SeedAsync(db, tenant, hospital, station, VietnamClock.Today(clock), now, ct);

        // The trend starts with a snapshot at each past year end, computed by the background job like any other.
        var runs = Enumerable.Range(2017, 9).Select(y => new DateOnly(y, 12, 31))
            .Select(asOf => new KpiRun { Id = Guid.NewGuid(), ProvinceId = province.Id, AsOf = asOf, Status = KpiRunStatus.Queued, RequestedAt = now })
            .ToList();
        db.KpiRuns.AddRange(runs);
        foreach (var run in runs) run.JobId = KpiRunRequested.Publish(outbox, run);
        await db.SaveChangesAsync(ct);
        await FundraisingDemoData.SeedAsync(db, tenant, hospital.Id, clock, ct);
        await TargetsDemoData.SeedAsync(db, tenant, province.Id, hospital.Id, VietnamClock.Today(clock).Year, now, ct);
        await ReportsDemoData.SeedAsync(db, tenant, hospital, facilities.Select(f => f.Facility).Where(f => f.Type == FacilityType.PublicHospital && f.Id != hospital.Id).Take(2).ToList(), VietnamClock.Today(clock), ct);
        await SupervisionDemoData.SeedAsync(db, tenant, hospital, cdc, VietnamClock.Today(clock), now, ct);
        await transaction.CommitAsync(ct);
        // The runs' outbox rows committed with the seed; they become jobs now.
        await dispatcher.DispatchPublishedAsync();
        logger.LogInformation("Seeded {Facilities} facilities; queued {Runs} KPI runs", facilities.Count, runs.Count);

        async Task CreateUser(string email, string name, UserRole role, Guid? facilityId, Guid? provinceId)
        {
            var user = new AppUser
            {
                Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, FullName = name, Role = role,
                FacilityId = facilityId, ProvinceId = provinceId, CreatedAt = now, LockoutEnabled = true,
            };
            var result = await users.CreateAsync(user, DemoPassword);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    private static string Prefix(string district) => district switch
    {
        "Bỉm Sơn" or "Nghi Sơn" => "thị xã",
        "Sầm Sơn" => "thành phố",
        _ => "huyện",
    };

    private static UnitStatusChange Change(UnitStatus status, DateOnly date, string? decision, int headcount) => UnitStatusChange.Record(
        new UnitStatusFacts(status, date, decision,
            status >= UnitStatus.Team ? "Trưởng " + (status == UnitStatus.Department ? "phòng" : "tổ") + " CTXH" : null, headcount),
        note: null, DateTimeOffset.UtcNow, recordedBy: null);

    private static DateOnly DateIn(Random random, int fromYear, int toYear) =>
        new DateOnly(fromYear, 1, 1).AddDays(random.Next(new DateOnly(toYear, 12, 31).DayNumber - new DateOnly(fromYear, 1, 1).DayNumber));

    /// <summary>Most hospitals formed a team 2017–2022 and some a department later; a few lag behind.</summary>
    private static List<UnitStatusChange> HospitalHistory(Random random)
    {
        var roll = random.Next(100);
        if (roll < 8) return [];
        if (roll < 15) return [Change(UnitStatus.CollaboratorsOnly, DateIn(random, 2019, 2024), null, 2)];
        var team = DateIn(random, 2017, 2022);
        var history = new List<UnitStatusChange> { Change(UnitStatus.Team, team, $"QĐ {random.Next(100, 999)}/QĐ-BV", 2 + random.Next(5)) };
        if (roll < 55) history.Add(Change(UnitStatus.Department, DateIn(random, Math.Max(team.Year + 1, 2021), 2026), $"QĐ {random.Next(100, 999)}/QĐ-SYT", 4 + random.Next(6)));
        return history;
    }

    /// <summary>Preventive centres start late (2019–2026): about a third by the end of 2025.</summary>
    private static List<UnitStatusChange> PreventiveHistory(Random random)
    {
        var roll = random.Next(100);
        if (roll < 62) return [];
        var start = DateIn(random, 2019, 2026);
        var history = new List<UnitStatusChange> { Change(UnitStatus.CollaboratorsOnly, start, null, 1 + random.Next(3)) };
        if (roll > 88 && start.Year < 2025) history.Add(Change(UnitStatus.Team, DateIn(random, start.Year + 1, 2026), $"QĐ {random.Next(100, 999)}/QĐ-TTYT", 3));
        return history;
    }

    private static List<UnitStatusChange> StationHistory(Random random) =>
        random.Next(100) < 45 ? [Change(UnitStatus.CollaboratorsOnly, DateIn(random, 2018, 2026), null, 1 + random.Next(4))] : [];
}
