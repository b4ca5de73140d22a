using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Reports;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Charity;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Communication;
using SocialWorkCloud.Domain.Counselling;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Fundraising;
using SocialWorkCloud.Domain.Reception;

namespace SocialWorkCloud.Benchmarks;

/// <summary>
/// The annual report's generation (what the background job computes) for a busy hospital: a year of
/// reception taps (one row each), 800 counselling sessions, communication, a ledger with reversals,
/// charity, cases and services, plus a second hospital with the same volume that the tenant filter
/// must leave out. Times ReportFiguresCalculator for the year and checks the contacts it counts.
/// </summary>
public static class ReportHarness
{
    public static async Task<int> RunAsync(DatabaseProvider provider, int contacts, int runs)
    {
        await using var database = BenchDatabase.Create(provider);
        Console.WriteLine($"== annual report generation on {provider}: {database.Description}");
        var (measured, written) = await GenerateAsync(database, contacts);

        var timings = new List<double>();
        ReportFigures? figures = null;
        for (var run = -1; run < runs; run++)
        {
            var scope = new TenantScope(new NobodySignedIn());
            using var _ = scope.Enter(measured);
            await using var db = AppDbContext.ForTenant(database.Options, scope);
            var stopwatch = Stopwatch.StartNew();
            figures = await ReportFiguresCalculator.ComputeAsync(db, measured, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), new DateOnly(2026, 6, 1),
                _ => Task.CompletedTask, CancellationToken.None);
            stopwatch.Stop();
            if (run >= 0) timings.Add(stopwatch.Elapsed.TotalMilliseconds); // the first run compiles the queries
        }
        timings.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {written:N0} rows per hospital; year 2025: {figures!.Reception.Contacts:N0} contacts, {figures.Counselling.Sessions:N0} counselling sessions, {figures.Fundraising.CashRaised:N0} VND raised, {figures.Cases.CasesOpened:N0} cases opened"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  generation: median {timings[timings.Count / 2]:F0} ms  min {timings[0]:F0} ms  max {timings[^1]:F0} ms over {runs} runs"));
        var ok = figures.Reception.Contacts == contacts;
        if (!ok) Console.WriteLine($"  MISMATCH: counted {figures.Reception.Contacts} contacts, wrote {contacts}");
        return ok ? 0 : 1;
    }

    private static async Task<(Guid Measured, int RowsPerFacility)> GenerateAsync(BenchDatabase database, int contacts)
    {
        await using var db = database.NewContext();
        await db.Database.EnsureDeletedAsync();
        await db.Database.MigrateAsync();
        var now = DateTimeOffset.UtcNow;
        var province = new Province { Id = Guid.NewGuid(), Code = "BENCH", Name = "Tỉnh đo", CreatedAt = now };
        Facility NewFacility(string code) => new()
        {
            Id = Guid.NewGuid(), ProvinceId = province.Id, Code = code, Name = "Bệnh viện " + code, SearchName = "benh vien " + code.ToLowerInvariant(),
            Type = FacilityType.PublicHospital, Ownership = Ownership.Public, MedicalStaffCount = 600, CreatedAt = now,
        };
        var measured = NewFacility("MEASURED");
        var other = NewFacility("OTHER");
        var insert = new BulkInserter(db);
        var random = new Random(2026);
        var rows = 0;
        long tallyId = 0;
        DateOnly Day() => new DateOnly(2025, 1, 1).AddDays(random.Next(365));

        await using var transaction = await db.Database.BeginTransactionAsync();
        await insert.InsertAsync([province], CancellationToken.None);
        await insert.InsertAsync([measured, other], CancellationToken.None);
        foreach (var facility in new[] { measured, other })
        {
            var f = facility.Id;
            var point = new ReceptionPoint { Id = Guid.NewGuid(), FacilityId = f, Name = "Sảnh khám", CreatedAt = now };
            await insert.InsertAsync([point], CancellationToken.None);
            for (var start = 0; start < contacts; start += 50_000)
            {
                var batch = Enumerable.Range(0, Math.Min(50_000, contacts - start)).Select(_ => new ReceptionTally
                {
                    Id = ++tallyId, FacilityId = f, ClientEntryId = Guid.NewGuid(), PointId = point.Id, Kind = (ContactKind)random.Next(1, 6), Count = 1,
                    Date = Day(), OccurredAt = now, Source = TallySource.Portal, ReceivedAt = now,
                }).ToList();
                await insert.InsertAsync(batch, CancellationToken.None);
            }
            var clients = Enumerable.Range(0, 800).Select(i => new Client($"Người bệnh {i}")
            {
                Id = Guid.NewGuid(), FacilityId = f,
                Vulnerabilities = i % 10 == 0 ? Vulnerability.ChildOrphaned : Vulnerability.Hardship, CreatedAt = now, Version = Guid.NewGuid(),
            }).ToList();
            await insert.InsertAsync(clients, CancellationToken.None);
            await insert.InsertAsync(clients.Select((c, i) => new CounsellingSession
            {
                Id = Guid.NewGuid(), FacilityId = f, ClientId = c.Id, WithRelative = i % 4 == 0, RelativeName = i % 4 == 0 ? "Người nhà" : null, HeldOn = Day(),
                DurationMinutes = 30, Topic = "Tham vấn", CounsellorId = Guid.NewGuid(), RecordedAt = now,
            }).ToList(), CancellationToken.None);
            await insert.InsertAsync(Enumerable.Range(0, 120).Select(_ => new CommunicationItem
            {
                Id = Guid.NewGuid(), FacilityId = f, Channel = (CommunicationChannel)random.Next(1, 6), Title = "Truyền thông", Date = Day(), AudienceReached = 100, CreatedAt = now,
            }).ToList(), CancellationToken.None);
            var campaign = Campaign.Create(Guid.NewGuid(), FundKind.GeneralFund,
                new CampaignDescription("Quỹ", "Hỗ trợ", null, null, null, null, new(2024, 1, 1), null, null, null), now, null);
            (campaign.FacilityId, campaign.Version) = (f, Guid.NewGuid());
            await insert.InsertAsync([campaign], CancellationToken.None);
            var entries = Enumerable.Range(0, 2_000).Select(i => new LedgerEntry
            {
                Id = Guid.NewGuid(), FacilityId = f, CampaignId = campaign.Id, Kind = i % 3 == 0 ? EntryKind.CashDistribution : EntryKind.CashReceipt, Amount = 100_000,
                EntryDate = Day(), RecipientKind = i % 3 == 0 ? RecipientKind.Client : null, RecordedAt = now,
            }).ToList();
            entries.AddRange(entries.Take(50).Select(e => new LedgerEntry
            {
                Id = Guid.NewGuid(), FacilityId = f, CampaignId = campaign.Id, Kind = e.Kind, Amount = e.Amount, EntryDate = e.EntryDate, ReversesId = e.Id, ReversalReason = "nhầm", RecordedAt = now,
            }).ToList());
            await insert.InsertAsync(entries, CancellationToken.None);
            await insert.InsertAsync(Enumerable.Range(0, 50).Select(_ => new CharityActivity
            {
                Id = Guid.NewGuid(), FacilityId = f, Kind = (CharityKind)random.Next(1, 9), Title = "Từ thiện", Date = Day(), BeneficiaryCount = 100, ValueVnd = 1_000_000, CreatedAt = now,
            }).ToList(), CancellationToken.None);
            var cases = clients.Take(500).Select(c =>
            {
                var @case = Case.Open(c.Id, Guid.NewGuid(), CasePriority.Normal, RiskLevel.Low, false, IntakeSource.Self, "Khó khăn", UrgentNeed.None, Day(), null, now);
                @case.FacilityId = f;
                @case.Version = Guid.NewGuid();
                return @case;
            }).ToList();
            await insert.InsertAsync(cases, CancellationToken.None);
            await insert.InsertAsync(cases.SelectMany(k => new[] { ServiceType.Meals, ServiceType.Transport }.Select(t => new ServiceDelivered
            {
                Id = Guid.NewGuid(), FacilityId = f, CaseId = k.Id, ClientId = k.ClientId, Type = t, DeliveredOn = k.OpenedOn, Provider = "Nhà hảo tâm", Quantity = 1, ValueVnd = 50_000,
                Source = "bench", RecordedAt = now,
            })).ToList(), CancellationToken.None);
            rows = contacts + 1 + 800 * 2 + 120 + 1 + 2_050 + 50 + 500 + 1_000;
        }
        await transaction.CommitAsync();
        if (database.Provider == DatabaseProvider.PostgreSql) await db.Database.ExecuteSqlRawAsync("ANALYZE");
        return (measured.Id, rows);
    }
}
