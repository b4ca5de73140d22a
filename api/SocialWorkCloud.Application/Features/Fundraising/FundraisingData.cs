using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The Fundraising area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<FundBalance> FundBalances => Set<FundBalance>();
    public DbSet<StockLot> StockLots => Set<StockLot>();
    public DbSet<ReceiptCounter> ReceiptCounters => Set<ReceiptCounter>();
    public DbSet<Donor> Donors => Set<Donor>();
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();
    public DbSet<DistributionApproval> DistributionApprovals => Set<DistributionApproval>();
    public DbSet<DistributionAcknowledgement> DistributionAcknowledgements => Set<DistributionAcknowledgement>();
    public DbSet<FundraisingSettings> FundraisingSettings => Set<FundraisingSettings>();
}
