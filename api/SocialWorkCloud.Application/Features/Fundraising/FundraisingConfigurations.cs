using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> b)
    {
        b.ToTable("Campaigns");
        b.Property(c => c.Title).HasMaxLength(300);
        b.Property(c => c.Purpose).HasMaxLength(2000);
        b.Property(c => c.Scope).HasMaxLength(1000);
        b.Property(c => c.Beneficiaries).HasMaxLength(1000);
        b.Property(c => c.BankAccount).HasMaxLength(300);
        b.Property(c => c.GoodsReceptionPlace).HasMaxLength(300);
        b.Property(c => c.BankBin).HasMaxLength(6);
        b.Property(c => c.BankAccountNumber).HasMaxLength(19);
        b.Property(c => c.BankAccountHolder).HasMaxLength(100);
        b.HasIndex(c => new { c.FacilityId, c.Status });
        b.HasOne<Facility>().WithMany().HasForeignKey(c => c.FacilityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FundBalanceConfiguration : IEntityTypeConfiguration<FundBalance>
{
    public void Configure(EntityTypeBuilder<FundBalance> b)
    {
        b.ToTable("FundBalances");
        b.HasKey(x => x.CampaignId);
        b.HasOne<Campaign>().WithOne().HasForeignKey<FundBalance>(x => x.CampaignId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StockLotConfiguration : IEntityTypeConfiguration<StockLot>
{
    public void Configure(EntityTypeBuilder<StockLot> b)
    {
        b.ToTable("StockLots");
        b.Property(x => x.Item).HasMaxLength(200);
        b.Property(x => x.Unit).HasMaxLength(50);
        b.HasIndex(x => x.CampaignId);
        b.HasOne<Campaign>().WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReceiptCounterConfiguration : IEntityTypeConfiguration<ReceiptCounter>
{
    public void Configure(EntityTypeBuilder<ReceiptCounter> b)
    {
        b.ToTable("ReceiptCounters");
        b.HasKey(x => new { x.FacilityId, x.Year });
    }
}

internal sealed class DonorConfiguration : IEntityTypeConfiguration<Donor>
{
    public void Configure(EntityTypeBuilder<Donor> b)
    {
        b.ToTable("Donors");
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.SearchName).HasMaxLength(300);
        b.Property(x => x.SortName).HasMaxLength(Domain.Text.VietnameseCollation.MaxLength);
        b.Property(x => x.Phone).HasMaxLength(32);
        b.Property(x => x.Email).HasMaxLength(200);
        b.Property(x => x.Address).HasMaxLength(500);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.HasOne<SocialWorkCloud.Domain.Places.PlaceCommune>().WithMany().HasForeignKey(x => x.CommuneCode).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.HasIndex(x => new { x.FacilityId, x.SearchName });
        b.HasIndex(x => new { x.FacilityId, x.SortName });
    }
}

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> b)
    {
        b.ToTable("LedgerEntries");
        b.Property(x => x.Reference).HasMaxLength(100);
        b.Property(x => x.Item).HasMaxLength(200);
        b.Property(x => x.Unit).HasMaxLength(50);
        b.Property(x => x.RecipientName).HasMaxLength(200);
        b.Property(x => x.RecipientCommune).HasMaxLength(200);
        b.Property(x => x.DepartmentName).HasMaxLength(200);
        b.Property(x => x.GroupList).HasMaxLength(20000);
        b.Property(x => x.Description).HasMaxLength(1000);
        b.Property(x => x.ReversalReason).HasMaxLength(1000);
        b.Property(x => x.RecordedFromIp).HasMaxLength(64);
        b.Ignore(x => x.IsReceipt);
        b.Ignore(x => x.IsReversal);
        b.HasOne<Campaign>().WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Donor>().WithMany().HasForeignKey(x => x.DonorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LedgerEntry>().WithMany().HasForeignKey(x => x.ReversesId).OnDelete(DeleteBehavior.Restrict);
        // The statement reads a campaign's entries in the order they were recorded.
        b.HasIndex(x => new { x.CampaignId, x.RecordedAt });
        b.HasIndex(x => x.DonorId);
        // A number is never issued twice; an entry is reversed at most once (two at once: 409).
        b.HasIndex(x => new { x.FacilityId, x.ReceiptYear, x.ReceiptNumber }).IsUnique();
        b.HasIndex(x => x.ReversesId).IsUnique();
        // The facility's ledger chain is read and verified in position order.
        b.Property(x => x.PreviousHash).HasMaxLength(64);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.HasIndex(x => new { x.FacilityId, x.ChainPosition });
    }
}

internal sealed class DistributionApprovalConfiguration : IEntityTypeConfiguration<DistributionApproval>
{
    public void Configure(EntityTypeBuilder<DistributionApproval> b)
    {
        b.ToTable("DistributionApprovals");
        b.HasKey(x => x.EntryId);
        b.Property(x => x.ApprovedFromIp).HasMaxLength(64);
        b.HasOne<LedgerEntry>().WithOne().HasForeignKey<DistributionApproval>(x => x.EntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DistributionAcknowledgementConfiguration : IEntityTypeConfiguration<DistributionAcknowledgement>
{
    public void Configure(EntityTypeBuilder<DistributionAcknowledgement> b)
    {
        b.ToTable("DistributionAcknowledgements");
        b.HasKey(x => x.EntryId);
        b.Property(x => x.ReceivedBy).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.ScanFileName).HasMaxLength(200);
        b.Property(x => x.ScanContentType).HasMaxLength(100);
        b.Property(x => x.RecordedFromIp).HasMaxLength(64);
        b.HasOne<LedgerEntry>().WithOne().HasForeignKey<DistributionAcknowledgement>(x => x.EntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FundraisingSettingsConfiguration : IEntityTypeConfiguration<FundraisingSettings>
{
    public void Configure(EntityTypeBuilder<FundraisingSettings> b)
    {
        b.ToTable("FundraisingSettings");
        b.HasKey(x => x.FacilityId);
    }
}
