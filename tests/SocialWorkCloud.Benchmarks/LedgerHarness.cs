using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Fundraising;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Fundraising;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Benchmarks;

/// <summary>
/// The fundraising ledger under load: (1) receipts recorded by many writers at once through the real
/// handler in its own transaction each (throughput, and the numbers must come out 1..N with no gap);
/// (2) a campaign's statement and the ledger consistency check over a large ledger.
/// </summary>
public static class LedgerHarness
{
    private sealed class Caller(Guid facilityId) : ICurrentUser, IRequestOrigin
    {
        public bool IsAuthenticated => true;
        public Guid? UserId => null;
        public UserRole? Role => UserRole.FacilityAdmin;
        public bool IsApiClient => false;
        public Guid? FacilityId => facilityId;
        public Guid? ProvinceId => null;
        public bool IsPlatformAdmin => false;
        public bool HasPermission(string permission) => true;
        public string? Address => "127.0.0.1";
    }

    public static async Task<int> RunAsync(DatabaseProvider provider, int entries, int writers, int receiptsPerWriter, int runs, bool logSql = false, bool keep = false)
    {
        await using var database = BenchDatabase.Create(provider, logSql);
        database.Keep = keep;
        Console.WriteLine($"== {provider}: {database.Description}");
        await using (var db = database.NewContext())
        {
            await db.Database.EnsureDeletedAsync();
            await db.Database.MigrateAsync();
        }
        var facilityId = Guid.NewGuid();
        var (busy, quiet) = await ArrangeAsync(database, facilityId, entries);
        var caller = new Caller(facilityId);
        AppDbContext Context() => AppDbContext.ForTenant(database.Options, new TenantScope(caller));
        var today = VietnamClock.Today();

        // 1. Concurrent receipts on the quiet campaign: the year's sequence continues from the big ledger's.
        var total = writers * receiptsPerWriter;
        var stopwatch = Stopwatch.StartNew();
        var numbers = await Task.WhenAll(Enumerable.Range(0, writers).Select(async _ =>
        {
            var mine = new List<string>();
            for (var i = 0; i < receiptsPerWriter; i++)
            {
                await using var db = Context();
                await using var transaction = await db.Database.BeginTransactionAsync();
                var entry = await new RecordCashReceiptHandler(db, caller, caller, TimeProvider.System, new SocialWorkCloud.Application.Common.Outbox.TransactionalOutbox(db, TimeProvider.System))
                    .Handle(new RecordCashReceipt(quiet, today, 100_000, PaymentMethod.Cash, null, null, null), CancellationToken.None);
                await transaction.CommitAsync();
                mine.Add(entry.ReceiptCode!);
            }
            return mine;
        }));
        stopwatch.Stop();
        var issued = numbers.SelectMany(n => n).Select(code => int.Parse(code.Split('/')[0], CultureInfo.InvariantCulture)).Order().ToList();
        var gapless = issued.SequenceEqual(Enumerable.Range(issued[0], total));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RecordCashReceipt x{total} by {writers} concurrent writers: {stopwatch.Elapsed.TotalMilliseconds:F0} ms  = {total / stopwatch.Elapsed.TotalSeconds:F0} receipts/s  numbers {issued[0]}..{issued[^1]} {(gapless ? "no gaps, no reuse" : "GAPS OR REUSE")}"));

        // 2. Reads over the big campaign.
        async Task<CampaignStatement> StatementAsync(string? cursor)
        {
            await using var db = Context();
            return await new GetCampaignStatementHandler(db, caller, TimeProvider.System).Handle(new GetCampaignStatement(busy, cursor), CancellationToken.None);
        }
        await TimeAsync($"GetCampaignStatement first page ({entries:N0} entries)", runs, async () =>
        {
            var statement = await StatementAsync(null);
            return $"{statement.Entries.Count} lines, balance after them {statement.Entries[^1].CashBalanceAfter:N0}";
        });
        // A cursor half-way through: the page's opening balance is one SUM over the 25,000 entries before it.
        string? middle = null;
        for (var (page, i) = (await StatementAsync(null), 0); page.NextCursor is not null && i < entries / 2 / GetCampaignStatement.DefaultPageSize; i++)
            (middle, page) = (page.NextCursor, await StatementAsync(page.NextCursor));
        await TimeAsync("GetCampaignStatement page in the middle (cursor)", runs, async () =>
        {
            var statement = await StatementAsync(middle);
            return $"{statement.Entries.Count} lines, balance after them {statement.Entries[^1].CashBalanceAfter:N0}";
        });
        await TimeAsync("GetCampaignStatement every page in turn", 1, async () =>
        {
            var (pages, lines, cursor, closing) = (0, 0, (string?)null, 0L);
            do
            {
                var statement = await StatementAsync(cursor);
                (pages, lines, cursor, closing) = (pages + 1, lines + statement.Entries.Count, statement.NextCursor, statement.Entries[^1].CashBalanceAfter ?? 0);
            } while (cursor is not null);
            return $"{pages} pages, {lines} lines, closing balance {closing:N0}";
        });
        await TimeAsync("CheckLedgerConsistency (whole facility)", runs, async () =>
        {
            await using var db = Context();
            var check = await new CheckLedgerConsistencyHandler(db, TimeProvider.System).Handle(new CheckLedgerConsistency(), CancellationToken.None);
            return $"{check.Campaigns} campaigns, {check.Inconsistent} inconsistent";
        });
        await TimeAsync("GetCampaign (totals + stock)", runs, async () =>
        {
            await using var db = Context();
            var campaign = await new GetCampaignHandler(db).Handle(new GetCampaign(busy), CancellationToken.None);
            return $"balance {campaign.Totals.CashBalance:N0}, {campaign.Stock.Count} stock lots";
        });
        return gapless ? 0 : 1;
    }

    private static async Task TimeAsync(string name, int runs, Func<Task<string>> run)
    {
        var first = await run();
        var timings = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await run();
            timings.Add(stopwatch.Elapsed.TotalMilliseconds);
        }
        timings.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {runs} runs  min {timings[0]:F1} ms  median {timings[timings.Count / 2]:F1} ms  max {timings[^1]:F1} ms  ({first})"));
    }

    /// <summary>A facility with a big campaign (receipts, goods, distributions, reversals, in step with its balance) and a quiet one.</summary>
    private static async Task<(Guid Busy, Guid Quiet)> ArrangeAsync(BenchDatabase database, Guid facilityId, int entries)
    {
        var stopwatch = Stopwatch.StartNew();
        var caller = new Caller(facilityId);
        await using var db = AppDbContext.ForTenant(database.Options, new TenantScope(caller));
        var province = new Province { Id = Guid.NewGuid(), Code = "BENCH", Name = "Bench", CreatedAt = DateTimeOffset.UtcNow };
        db.Provinces.Add(province);
        db.Facilities.Add(new Facility
        {
            Id = facilityId, ProvinceId = province.Id, Code = "BV-BENCH", Name = "Bệnh viện Bench", SearchName = VietnameseText.Fold("Bệnh viện Bench"),
            Type = FacilityType.PublicHospital, CreatedAt = DateTimeOffset.UtcNow,
        });
        var year = DateTime.UtcNow.Year;
        var start = new DateOnly(year, 1, 1);
        Campaign NewCampaign(string title)
        {
            var campaign = Campaign.Create(Guid.NewGuid(), FundKind.Campaign,
                new CampaignDescription(title, title, null, null, null, null, start, new DateOnly(year, 12, 31), null, null), DateTimeOffset.UtcNow, null);
            campaign.MoveTo(CampaignStatus.Open);
            return campaign;
        }
        var busy = NewCampaign("Big ledger");
        var quiet = NewCampaign("Concurrent receipts");
        db.Campaigns.AddRange(busy, quiet);
        var balance = new FundBalance { CampaignId = busy.Id };
        db.FundBalances.AddRange(balance, new FundBalance { CampaignId = quiet.Id });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var random = new Random(93);
        var number = 0;
        var at = DateTimeOffset.UtcNow.AddDays(-200);
        var batch = new List<LedgerEntry>();
        var lots = new List<StockLot>();
        var donors = Enumerable.Range(0, 500).Select(i => new Donor { Id = Guid.NewGuid(), Kind = DonorKind.Individual, Name = $"Nhà hảo tâm {i}", SearchName = $"nha hao tam {i}", CreatedAt = at }).ToList();
        db.Donors.AddRange(donors);
        for (var i = 0; i < entries; i++)
        {
            at = at.AddSeconds(600);
            var date = DateOnly.FromDateTime(at.UtcDateTime) < start ? start : DateOnly.FromDateTime(at.UtcDateTime);
            var e = new LedgerEntry { Id = Guid.NewGuid(), CampaignId = busy.Id, EntryDate = date, RecordedAt = at, RecordedFromIp = "10.0.0.1" };
            var roll = random.Next(100);
            if (roll < 60 || balance.CashReceived - balance.CashDistributed < 1_000_000)
            {
                (e.Kind, e.Amount, e.Method, e.DonorId, e.ReceiptYear, e.ReceiptNumber) = (EntryKind.CashReceipt, random.Next(1, 100) * 100_000L, PaymentMethod.BankTransfer, donors[random.Next(donors.Count)].Id, year, ++number);
                balance.CashReceived += e.Amount;
            }
            else if (roll < 65)
            {
                (e.Kind, e.Amount, e.Item, e.Unit, e.Quantity, e.ReceiptYear, e.ReceiptNumber, e.StockLotId) = (EntryKind.GoodsReceipt, 5_000_000, "Sữa", "hộp", 100, year, ++number, e.Id);
                lots.Add(new StockLot { Id = e.Id, CampaignId = busy.Id, Item = "Sữa", Unit = "hộp", QuantityReceived = 100, OriginalQuantity = 100, EstimatedValue = 5_000_000 });
                balance.GoodsValueReceived += e.Amount;
            }
            else if (roll < 70 && lots.Count > 0 && lots[^1].QuantityReceived - lots[^1].QuantityIssued >= 10)
            {
                var lot = lots[^1];
                (e.Kind, e.Amount, e.Item, e.Unit, e.Quantity, e.StockLotId, e.RecipientKind, e.GroupCount) = (EntryKind.GoodsDistribution, 500_000, lot.Item, lot.Unit, 10, lot.Id, RecipientKind.GroupActivity, 10);
                lot.QuantityIssued += 10;
                balance.GoodsValueDistributed += e.Amount;
            }
            else
            {
                (e.Kind, e.Amount, e.RecipientKind, e.RecipientName, e.RecipientBirthYear) = (EntryKind.CashDistribution, 1_000_000, RecipientKind.Client, "Nguyễn Văn An", 1960);
                balance.CashDistributed += e.Amount;
                if (random.Next(50) == 0)
                {
                    // Now and then a distribution is reversed: the original stays, the reversal gives the money back.
                    batch.Add(e);
                    at = at.AddSeconds(60);
                    e = new LedgerEntry
                    {
                        Id = Guid.NewGuid(), CampaignId = busy.Id, EntryDate = date, RecordedAt = at, Kind = EntryKind.CashDistribution, Amount = e.Amount,
                        RecipientKind = RecipientKind.Client, ReversesId = e.Id, ReversalReason = "Nhầm người nhận",
                    };
                    balance.CashDistributed -= e.Amount;
                    i++;
                }
            }
            batch.Add(e);
        }
        foreach (var chunk in batch.Chunk(2_000))
        {
            db.LedgerEntries.AddRange(chunk);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        db.StockLots.AddRange(lots);
        db.FundBalances.Update(balance);
        db.ReceiptCounters.Add(new ReceiptCounter { FacilityId = facilityId, Year = year, LastNumber = number });
        await db.SaveChangesAsync();
        if (database.Provider == DatabaseProvider.PostgreSql) await db.Database.ExecuteSqlRawAsync("ANALYZE");
        Console.WriteLine($"Generated {batch.Count:N0} ledger entries ({number:N0} receipts, {lots.Count} stock lots) in {stopwatch.Elapsed.TotalSeconds:F1} s");
        return (busy.Id, quiet.Id);
    }
}
