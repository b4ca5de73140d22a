using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Imports;
using SocialWorkCloud.Application.Features.Places;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;

namespace SocialWorkCloud.Benchmarks;

/// <summary>
/// The clients import at the size: a workbook of N client rows (default 50,000), each with a CCCD, a
/// patient id and a commune, written with the API's own xlsx writer; times the dry run (read + every check) and
/// the commit (check again + insert all in one transaction) through the same importer the endpoint uses, then
/// imports the same file a second time (everything unchanged, nothing written). Goal: each under 60 s.
/// </summary>
public static class ImportHarness
{
    public static async Task<int> RunAsync(DatabaseProvider provider, int rows)
    {
        await using var database = BenchDatabase.Create(provider);
        Console.WriteLine($"== clients import on {provider}: {database.Description}");
        Guid facilityId;
        await using (var db = database.NewContext())
        {
            await db.Database.EnsureDeletedAsync();
            await db.Database.MigrateAsync();
            await PlaceCatalogue.SyncAsync(db, CancellationToken.None);
            var now = DateTimeOffset.UtcNow;
            var province = new Province { Id = Guid.NewGuid(), Code = "BENCH", PlaceCode = "38", Name = "Tỉnh đo", CreatedAt = now };
            var facility = new Facility
            {
                Id = Guid.NewGuid(), ProvinceId = province.Id, Code = "BV", Name = "Bệnh viện đo", SearchName = "benh vien do",
                Type = FacilityType.PublicHospital, Ownership = Ownership.Public, MedicalStaffCount = 600, CreatedAt = now,
            };
            db.Provinces.Add(province);
            db.Facilities.Add(facility);
            await db.SaveChangesAsync();
            facilityId = facility.Id;
        }

        var workbook = Workbook(rows);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  workbook: {rows:N0} rows, {workbook.Length / 1024.0 / 1024.0:F1} MB"));
        var user = new BenchAdmin(facilityId);
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);

        var (checkMs, check) = await TimeAsync(database, user, workbook, commit: false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  dry run: {checkMs / 1000:F1} s, {check.Rows:N0} rows, {check.ToCreate:N0} to create, {check.Problems.Count} problems"));
        var (commitMs, committed) = await TimeAsync(database, user, workbook, commit: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  commit: {commitMs / 1000:F1} s, {committed.Created:N0} clients created"));
        var (againMs, again) = await TimeAsync(database, user, workbook, commit: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  same file again: {againMs / 1000:F1} s, {again.Created:N0} created, {again.Unchanged:N0} unchanged"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  managed heap after: {(GC.GetTotalMemory(true) - memoryBefore) / 1024.0 / 1024.0:F0} MB above the start"));

        await using (var db = database.NewContext())
        {
            var count = await db.Clients.IgnoreQueryFilters().CountAsync();
            var ok = check.Problems.Count == 0 && committed.Created == rows && again.Created == 0 && again.Unchanged == rows && count == rows
                && checkMs < 60_000 && commitMs < 60_000;
            if (!ok) Console.WriteLine($"  FAILED: {count} clients stored");
            return ok ? 0 : 1;
        }
    }

    private static async Task<(double Ms, (int Rows, int ToCreate, int Created, int Unchanged, IReadOnlyList<ImportProblem> Problems))> TimeAsync(
        BenchDatabase database, BenchAdmin user, byte[] workbook, bool commit)
    {
        var tenant = new TenantScope(user);
        await using var db = AppDbContext.ForTenant(database.Options, tenant);
        var stopwatch = Stopwatch.StartNew();
        await using var transaction = commit ? await db.Database.BeginTransactionAsync() : null;
        var importer = Importers.For(Domain.Imports.ImportKind.Clients, db, user, tenant, TimeProvider.System);
        var plan = await Importers.PlanAsync(importer, new MemoryStream(workbook), CancellationToken.None);
        var created = 0;
        var unchanged = plan.Unchanged;
        if (commit && plan.Problems.Count == 0)
        {
            (created, _, unchanged) = await plan.Apply(new Dictionary<int, ImportRowDecision>(), CancellationToken.None);
            await transaction!.CommitAsync();
        }
        stopwatch.Stop();
        return (stopwatch.Elapsed.TotalMilliseconds, (plan.Rows, plan.ToCreate, created, unchanged, plan.Problems));
    }

    private static byte[] Workbook(int rows)
    {
        string[] family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"];
        string[] middle = ["Văn", "Thị", "Đức", "Minh", "Ngọc", "Hữu", "Thanh", "Quang"];
        string[] given = ["An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hoa", "Hùng", "Lan", "Linh", "Mai", "Nam", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn"];
        string[] communes = ["14758", "14797", "16378", "16033"];
        var headers = new[]
        {
            "Họ và tên *", "Ngày sinh", "Năm sinh", "Giới tính", "Số CCCD", "Số thẻ BHYT", "Mã bệnh nhân", "Xã/phường", "Số nhà, đường", "Điện thoại",
            "Người giám hộ/liên hệ",
        };
        var random = new Random(2026);
        IEnumerable<IReadOnlyList<string?>> Rows()
        {
            for (var i = 0; i < rows; i++)
            {
                var year = 1930 + random.Next(90);
                yield return
                [
                    $"{family[random.Next(family.Length)]} {middle[random.Next(middle.Length)]} {given[random.Next(given.Length)]}", null,
                    year.ToString(CultureInfo.InvariantCulture), random.Next(2) == 0 ? "Nam" : "Nữ",
                    "038" + i.ToString("000000000", CultureInfo.InvariantCulture), null, "BN" + i.ToString("0000000", CultureInfo.InvariantCulture),
                    communes[i % communes.Length], $"Số {random.Next(1, 300)} đường Lê Lợi", "09" + random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture),
                    null,
                ];
            }
        }
        return XlsxWriter.Write("Đối tượng", headers.Select(h => new XlsxColumn(h, 15)).ToList(), Rows());
    }

    private sealed class BenchAdmin(Guid facilityId) : ICurrentUser
    {
        public bool IsAuthenticated => true;
        public Guid? UserId => null;
        public UserRole? Role => UserRole.FacilityAdmin;
        public bool IsApiClient => false;
        public Guid? FacilityId => facilityId;
        public Guid? ProvinceId => null;
        public bool IsPlatformAdmin => false;
        public bool HasPermission(string permission) => RolePermissions.For(UserRole.FacilityAdmin).Contains(permission);
    }
}
