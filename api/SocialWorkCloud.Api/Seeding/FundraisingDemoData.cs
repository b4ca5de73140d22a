using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Api.Seeding;

/// <summary>
/// The flagship hospital's fundraising, as its report tells it: a general fund, a campaign for patients
/// in hardship, Mid-Autumn gifts for child patients (published), wheelchairs, a defibrillator for the ICU,
/// milk. Written as the ledger would write it: numbered receipts, balances and stock in step.
/// </summary>
internal sealed class FundraisingDemoData(AppDbContext db, Guid facilityId, DateOnly today, DateTimeOffset now)
{
    private readonly Dictionary<int, int> _numbers = [];
    private readonly Dictionary<Guid, FundBalance> _balances = [];

    public static async Task SeedAsync(AppDbContext db, TenantScope tenant, Guid hospitalId, TimeProvider clock, CancellationToken ct)
    {
        using var _ = tenant.Enter(hospitalId);
        new FundraisingDemoData(db, hospitalId, VietnamClock.Today(clock), clock.GetUtcNow()).Write();
        await db.SaveChangesAsync(ct);
    }

    private void Write()
    {
        db.FundraisingSettings.Add(new FundraisingSettings { FacilityId = facilityId, ApprovalThreshold = 5_000_000, YearlyTarget = 150_000_000 });
        var hoaPhat = Donor(DonorKind.Organisation, "Công ty CP Thép Hòa Phát chi nhánh Thanh Hóa", "0237 385 1111", false);
        var vinamilk = Donor(DonorKind.Organisation, "Công ty Sữa Việt Nam – chi nhánh Bắc Trung Bộ", null, false);
        var pagoda = Donor(DonorKind.Organisation, "Chùa Thanh Hà – nhóm thiện nguyện", null, false);
        var quiet = Donor(DonorKind.Individual, "Nguyễn Thị Thu Hà", "0912 345 678", true);
        var doctor = Donor(DonorKind.Individual, "BS. Lê Quang Vinh", "0983 222 333", false);

        var fund = Campaign(FundKind.GeneralFund, "Quỹ hỗ trợ bệnh nhân nghèo (thường xuyên)", "Hỗ trợ thường xuyên bệnh nhân có hoàn cảnh khó khăn: suất ăn, tiền xe về quê, viện phí.",
            today.AddDays(-300), null, CampaignStatus.Open, published: false);
        var hardship = Campaign(FundKind.Campaign, "Vì bệnh nhân nghèo 2026", "Hỗ trợ viện phí và chi phí điều trị cho bệnh nhân mắc bệnh hiểm nghèo có hoàn cảnh khó khăn.",
            today.AddDays(-120), today.AddDays(40), CampaignStatus.Open, published: true);
        var midAutumn = Campaign(FundKind.Campaign, "Trung thu cho bệnh nhi 2026", "Quà Trung thu cho bệnh nhi đang điều trị nội trú.",
            today.AddDays(-110), today.AddDays(-70), CampaignStatus.Closed, published: true);

        Cash(fund, today.AddDays(-280), 12_000_000, doctor, PaymentMethod.BankTransfer, "FT26010512345");
        Cash(fund, today.AddDays(-200), 3_500_000, null, PaymentMethod.Cash, null, "Hòm công đức tại sảnh khoa Khám bệnh");
        Cash(hardship, today.AddDays(-115), 50_000_000, hoaPhat, PaymentMethod.BankTransfer, "FT26072100871");
        Cash(hardship, today.AddDays(-90), 10_000_000, quiet, PaymentMethod.Cash, null);
        var wheelchairs = Goods(hardship, today.AddDays(-88), "Xe lăn", 4, "chiếc", 10_000_000, pagoda);
        var defibrillator = Goods(hardship, today.AddDays(-60), "Máy sốc tim (phá rung) tự động", 1, "máy", 85_000_000, hoaPhat);
        Cash(midAutumn, today.AddDays(-105), 20_000_000, pagoda, PaymentMethod.BankTransfer, "FT26080900017");
        var milk = Goods(midAutumn, today.AddDays(-95), "Sữa bột Dielac", 400, "hộp", 48_000_000, vinamilk);

        Give(fund, today.AddDays(-150), 1_500_000, client: ("Phạm Văn Tuấn", 1961, "Quảng Xương"), description: "Tiền xe về quê sau phẫu thuật");
        Give(fund, today.AddDays(-40), 2_000_000, client: ("Lò Thị Xuân", 1990, "Mường Lát"), description: "Suất ăn 1 tháng");
        Give(hardship, today.AddDays(-80), 15_000_000, client: ("Trịnh Văn Hùng", 1975, "Nga Sơn"), description: "Hỗ trợ chi phí chạy thận");
        Give(hardship, today.AddDays(-50), 8_000_000, client: ("Hoàng Thị Lý", 1968, "Thọ Xuân"), description: "Hỗ trợ viện phí điều trị ung thư");
        GiveGoods(hardship, wheelchairs, today.AddDays(-85), 2, department: "Khoa Khám bệnh");
        GiveGoods(hardship, wheelchairs, today.AddDays(-30), 1, client: ("Đỗ Văn Khải", 1949, "Hoằng Hóa"));
        GiveGoods(hardship, defibrillator, today.AddDays(-58), 1, department: "Khoa Hồi sức tích cực – Chống độc (HSCC)");
        GiveGoods(midAutumn, milk, today.AddDays(-72), 386, group: 386, description: "Quà Trung thu cho 386 bệnh nhi");
        Give(midAutumn, today.AddDays(-72), 19_300_000, group: 386, description: "Bánh Trung thu và đèn lồng");

        // The receipt sequence goes on from the numbers issued here.
        foreach (var (year, last) in _numbers) db.ReceiptCounters.Add(new ReceiptCounter { FacilityId = facilityId, Year = year, LastNumber = last });
    }

    private Donor Donor(DonorKind kind, string name, string? phone, bool anonymous)
    {
        var donor = new Donor { Id = Guid.NewGuid(), Kind = kind, Name = name, SearchName = VietnameseText.Fold(name), Phone = phone, IsAnonymousInPublic = anonymous, CreatedAt = now };
        db.Donors.Add(donor);
        return donor;
    }

    private Campaign Campaign(FundKind kind, string title, string purpose, DateOnly start, DateOnly? end, CampaignStatus status, bool published)
    {
        var campaign = Domain.Fundraising.Campaign.Create(Guid.NewGuid(), kind, new CampaignDescription(
                title, purpose, null,
                kind == FundKind.GeneralFund ? "Bệnh nhân có hoàn cảnh khó khăn" : "Bệnh nhân nội trú có hoàn cảnh khó khăn",
                "3711 0000 123456 – Vietinbank Thanh Hóa", "Phòng Công tác xã hội, tầng 1 nhà A", start, end, end?.AddDays(15),
                kind == FundKind.GeneralFund ? null : 100_000_000),
            now, null);
        // The demo's history: the campaign went through its statuses one step at a time.
        while (campaign.Status < status) campaign.MoveTo(campaign.Status + 1);
        if (published) campaign.Publish(now);
        db.Campaigns.Add(campaign);
        var balance = new FundBalance { CampaignId = campaign.Id };
        _balances[campaign.Id] = balance;
        db.FundBalances.Add(balance);
        return campaign;
    }

    private LedgerEntry Entry(Campaign campaign, EntryKind kind, DateOnly date, long amount)
    {
        var entry = new LedgerEntry
        {
            Id = Guid.NewGuid(), CampaignId = campaign.Id, Kind = kind, EntryDate = date, Amount = amount,
            RecordedAt = now.AddDays(date.DayNumber - today.DayNumber), RecordedFromIp = "127.0.0.1",
        };
        if (kind is EntryKind.CashReceipt or EntryKind.GoodsReceipt)
        {
            entry.ReceiptYear = date.Year;
            entry.ReceiptNumber = _numbers[date.Year] = _numbers.GetValueOrDefault(date.Year) + 1;
        }
        db.LedgerEntries.Add(entry);
        return entry;
    }

    private void Cash(Campaign campaign, DateOnly date, long amount, Donor? donor, PaymentMethod method, string? reference, string? description = null)
    {
        var entry = Entry(campaign, EntryKind.CashReceipt, date, amount);
        (entry.DonorId, entry.Method, entry.Reference, entry.Description) = (donor?.Id, method, reference, description);
        _balances[campaign.Id].CashReceived += amount;
    }

    private StockLot Goods(Campaign campaign, DateOnly date, string item, int quantity, string unit, long value, Donor donor)
    {
        var entry = Entry(campaign, EntryKind.GoodsReceipt, date, value);
        (entry.DonorId, entry.Item, entry.Quantity, entry.Unit, entry.StockLotId) = (donor.Id, item, quantity, unit, entry.Id);
        var lot = new StockLot { Id = entry.Id, CampaignId = campaign.Id, Item = item, Unit = unit, QuantityReceived = quantity, OriginalQuantity = quantity, EstimatedValue = value };
        db.StockLots.Add(lot);
        _balances[campaign.Id].GoodsValueReceived += value;
        return lot;
    }

    private void Recipient(LedgerEntry entry, (string Name, int BirthYear, string Commune)? client, string? department, int? group, string? description)
    {
        entry.Description = description;
        if (client is { } c) (entry.RecipientKind, entry.RecipientName, entry.RecipientBirthYear, entry.RecipientCommune) = (RecipientKind.Client, c.Name, c.BirthYear, c.Commune);
        else if (department is not null) (entry.RecipientKind, entry.DepartmentName) = (RecipientKind.Department, department);
        else (entry.RecipientKind, entry.GroupCount) = (RecipientKind.GroupActivity, group);
        // Above the threshold, the unit head approved it at once.
        entry.NeedsApproval = entry.Amount > 5_000_000;
        if (entry.NeedsApproval) db.DistributionApprovals.Add(new DistributionApproval { EntryId = entry.Id, ApprovedAt = entry.RecordedAt });
    }

    private void Give(Campaign campaign, DateOnly date, long amount, (string, int, string)? client = null, string? department = null, int? group = null, string? description = null)
    {
        var entry = Entry(campaign, EntryKind.CashDistribution, date, amount);
        Recipient(entry, client, department, group, description);
        _balances[campaign.Id].CashDistributed += amount;
    }

    private void GiveGoods(Campaign campaign, StockLot lot, DateOnly date, int quantity, (string, int, string)? client = null, string? department = null, int? group = null, string? description = null)
    {
        var value = lot.EstimatedValue * quantity / lot.OriginalQuantity;
        var entry = Entry(campaign, EntryKind.GoodsDistribution, date, value);
        (entry.StockLotId, entry.Item, entry.Unit, entry.Quantity) = (lot.Id, lot.Item, lot.Unit, quantity);
        Recipient(entry, client, department, group, description);
        lot.QuantityIssued += quantity;
        _balances[campaign.Id].GoodsValueDistributed += value;
    }
}
