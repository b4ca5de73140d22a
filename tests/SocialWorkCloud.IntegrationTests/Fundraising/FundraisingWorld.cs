using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Fundraising;

/// <summary>An open campaign of one facility with a donor and a numbered cash receipt.</summary>
public sealed record FundraisingRecords(Guid Campaign, Guid Donor, Guid Receipt);

/// <summary>Open campaigns of hospital A and B (B's unpublished), each with a donor and a cash receipt.</summary>
public sealed class FundraisingWorld : IAreaWorld
{
    public FundraisingRecords A { get; private set; } = null!;
    public FundraisingRecords B { get; private set; } = null!;

    public async Task ArrangeAsync(TestWorld world)
    {
        A = await NewFundraisingAsync(world, world.HospitalA);
        B = await NewFundraisingAsync(world, world.HospitalB);
    }

    /// <summary>
    /// An open campaign with a donor and one numbered cash receipt of 5,000,000 VND, written inside the
    /// facility's tenant as the ledger would write them (no sign-in: the rate-limit test counts sign-ins).
    /// </summary>
    public static async Task<FundraisingRecords> NewFundraisingAsync(TestWorld world, Guid facilityId)
    {
        await using var scope = world.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var _ = scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(facilityId);
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30);
        var campaign = Campaign.Create(Guid.NewGuid(), FundKind.Campaign, new CampaignDescription("Vì bệnh nhân nghèo", "Hỗ trợ bệnh nhân có hoàn cảnh khó khăn",
            null, null, null, null, start, start.AddDays(60), null, 100_000_000), DateTimeOffset.UtcNow, null);
        campaign.MoveTo(CampaignStatus.Open);
        var donor = new Donor { Id = Guid.NewGuid(), Kind = DonorKind.Individual, Name = "Trần Thị Hảo Tâm", SearchName = "tran thi hao tam", CreatedAt = DateTimeOffset.UtcNow };
        var receiptOn = start.AddDays(1);
        var receipt = new LedgerEntry
        {
            Id = Guid.NewGuid(), CampaignId = campaign.Id, Kind = EntryKind.CashReceipt, EntryDate = receiptOn, ReceiptYear = receiptOn.Year, ReceiptNumber = 1,
            Amount = 5_000_000, Method = PaymentMethod.Cash, DonorId = donor.Id, RecordedAt = DateTimeOffset.UtcNow,
        };
        db.Campaigns.Add(campaign);
        db.Donors.Add(donor);
        db.FundBalances.Add(new FundBalance { CampaignId = campaign.Id, CashReceived = receipt.Amount });
        db.LedgerEntries.Add(receipt);
        db.ReceiptCounters.Add(new ReceiptCounter { FacilityId = facilityId, Year = receiptOn.Year, LastNumber = 1 });
        await db.SaveChangesAsync();
        return new FundraisingRecords(campaign.Id, donor.Id, receipt.Id);
    }
}

public static class FundraisingWorldExtensions
{
    /// <summary>The campaigns, donors and receipts of hospitals A and B.</summary>
    public static FundraisingWorld Fundraising(this TestWorld world) => world.Area<FundraisingWorld>();
}
