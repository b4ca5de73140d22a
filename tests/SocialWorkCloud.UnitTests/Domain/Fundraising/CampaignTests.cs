using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.UnitTests.Domain.Fundraising;

public class CampaignTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);
    private static readonly DateOnly End = new(2026, 3, 31);
    private static readonly DateTimeOffset Now = new(2026, 2, 1, 3, 0, 0, TimeSpan.Zero);

    private static CampaignDescription Description(DateOnly? start = null, DateOnly? end = null, string title = "  Vì bệnh nhân nghèo  ") =>
        new(title, " Hỗ trợ ", " Tỉnh ", null, null, null, start ?? Start, end ?? End, null, 100_000_000);

    private static Campaign NewCampaign(CampaignStatus status = CampaignStatus.Draft)
    {
        var campaign = Campaign.Create(Guid.NewGuid(), FundKind.Campaign, Description(), Now, Guid.NewGuid());
        while (campaign.Status < status) campaign.MoveTo(campaign.Status + 1);
        return campaign;
    }

    private static Campaign GeneralFund() =>
        Campaign.Create(Guid.NewGuid(), FundKind.GeneralFund, Description(end: End), Now, null);

    private static void ShouldRefuse(Action act, string code) => Should.Throw<DomainRuleException>(act).Code.ShouldBe(code);

    [Fact]
    public void A_campaign_starts_as_a_draft_with_its_description_trimmed()
    {
        var campaign = NewCampaign();
        campaign.Status.ShouldBe(CampaignStatus.Draft);
        campaign.Title.ShouldBe("Vì bệnh nhân nghèo");
        campaign.Purpose.ShouldBe("Hỗ trợ");
        campaign.Scope.ShouldBe("Tỉnh");
        campaign.EndDate.ShouldBe(End);
        campaign.PublishedAt.ShouldBeNull();
        campaign.CreatedAt.ShouldBe(Now);
    }

    [Fact]
    public void The_general_fund_is_open_at_once_and_has_no_end_date() =>
        GeneralFund().ShouldSatisfyAllConditions(f => f.Status.ShouldBe(CampaignStatus.Open), f => f.EndDate.ShouldBeNull());

    [Fact]
    public void A_campaign_needs_an_end_date() =>
        ShouldRefuse(() => Campaign.Create(Guid.NewGuid(), FundKind.Campaign, Description() with { EndDate = null }, Now, null), "end-date-required");

    [Theory]
    [InlineData(CampaignStatus.Draft, CampaignStatus.Open)]
    [InlineData(CampaignStatus.Open, CampaignStatus.Closed)]
    [InlineData(CampaignStatus.Closed, CampaignStatus.Settled)]
    public void The_status_moves_one_step_forward(CampaignStatus from, CampaignStatus to)
    {
        var campaign = NewCampaign(from);
        campaign.MoveTo(to);
        campaign.Status.ShouldBe(to);
    }

    [Theory]
    [InlineData(CampaignStatus.Draft, CampaignStatus.Draft)]
    [InlineData(CampaignStatus.Draft, CampaignStatus.Closed)]
    [InlineData(CampaignStatus.Draft, CampaignStatus.Settled)]
    [InlineData(CampaignStatus.Open, CampaignStatus.Draft)]
    [InlineData(CampaignStatus.Open, CampaignStatus.Settled)]
    [InlineData(CampaignStatus.Closed, CampaignStatus.Open)]
    [InlineData(CampaignStatus.Settled, CampaignStatus.Closed)]
    [InlineData(CampaignStatus.Settled, CampaignStatus.Settled)]
    public void Skipping_or_going_back_is_refused(CampaignStatus from, CampaignStatus to)
    {
        var campaign = NewCampaign(from);
        ShouldRefuse(() => campaign.MoveTo(to), "status-order");
        campaign.Status.ShouldBe(from);
    }

    [Fact]
    public void The_general_fund_stays_open() => ShouldRefuse(() => GeneralFund().MoveTo(CampaignStatus.Closed), "general-fund-standing");

    [Fact]
    public void Settling_waits_for_the_approvals()
    {
        var campaign = NewCampaign(CampaignStatus.Closed);
        ShouldRefuse(() => campaign.MoveTo(CampaignStatus.Settled, distributionsAwaitingApproval: true), "approvals-pending");
        campaign.Status.ShouldBe(CampaignStatus.Closed);
        // Pending approvals do not hold back the steps before settling.
        var open = NewCampaign();
        open.MoveTo(CampaignStatus.Open, distributionsAwaitingApproval: true);
        open.Status.ShouldBe(CampaignStatus.Open);
    }

    [Fact]
    public void A_draft_is_not_published() => ShouldRefuse(() => NewCampaign().Publish(Now), "campaign-draft");

    [Theory]
    [InlineData(CampaignStatus.Open)]
    [InlineData(CampaignStatus.Closed)]
    [InlineData(CampaignStatus.Settled)]
    public void Publishing_is_once_and_for_all(CampaignStatus status)
    {
        var campaign = NewCampaign(status);
        campaign.Publish(Now);
        campaign.Publish(Now.AddDays(3));
        campaign.PublishedAt.ShouldBe(Now);
    }

    [Theory]
    [InlineData(CampaignStatus.Draft)]
    [InlineData(CampaignStatus.Open)]
    [InlineData(CampaignStatus.Closed)]
    public void The_description_changes_until_the_campaign_is_settled(CampaignStatus status)
    {
        var campaign = NewCampaign(status);
        campaign.Describe(Description(title: "Trung thu"), firstReceipt: Start, lastReceipt: End);
        campaign.Title.ShouldBe("Trung thu");
    }

    [Fact]
    public void A_settled_campaign_no_longer_changes() =>
        ShouldRefuse(() => NewCampaign(CampaignStatus.Settled).Describe(Description()), "campaign-settled");

    [Fact]
    public void Editing_keeps_the_end_date_and_the_receipts_inside_the_dates()
    {
        var campaign = NewCampaign(CampaignStatus.Open);
        ShouldRefuse(() => campaign.Describe(Description() with { EndDate = null }), "end-date-required");
        ShouldRefuse(() => campaign.Describe(Description(start: Start.AddDays(5)), firstReceipt: Start.AddDays(4), lastReceipt: Start.AddDays(10)),
            "receipts-outside-dates");
        ShouldRefuse(() => campaign.Describe(Description(end: End.AddDays(-10)), firstReceipt: Start, lastReceipt: End.AddDays(-9)),
            "receipts-outside-dates");
        campaign.Title.ShouldBe("Vì bệnh nhân nghèo");
    }

    [Fact]
    public void The_general_fund_never_gets_an_end_date()
    {
        var fund = GeneralFund();
        fund.Describe(Description(end: new DateOnly(2030, 1, 1)), lastReceipt: new DateOnly(2029, 1, 1));
        fund.EndDate.ShouldBeNull();
    }

    [Fact]
    public void Receipts_come_in_while_open_between_the_start_and_the_end()
    {
        NewCampaign(CampaignStatus.Open).EnsureCanReceiveOn(Start);
        NewCampaign(CampaignStatus.Open).EnsureCanReceiveOn(End);
        GeneralFund().EnsureCanReceiveOn(new DateOnly(2040, 1, 1));
        ShouldRefuse(() => NewCampaign().EnsureCanReceiveOn(Start), "campaign-not-open");
        ShouldRefuse(() => NewCampaign(CampaignStatus.Closed).EnsureCanReceiveOn(Start), "campaign-not-open");
        ShouldRefuse(() => NewCampaign(CampaignStatus.Settled).EnsureCanReceiveOn(Start), "campaign-not-open");
        var late = Should.Throw<DomainRuleException>(() => NewCampaign(CampaignStatus.Open).EnsureCanReceiveOn(End.AddDays(1)));
        late.Code.ShouldBe("after-end-date");
        late.Args.ShouldBe([End, End.AddDays(1)]);
        ShouldRefuse(() => NewCampaign(CampaignStatus.Open).EnsureCanReceiveOn(Start.AddDays(-1)), "before-start-date");
    }

    [Fact]
    public void Money_leaves_an_open_or_closed_campaign_only()
    {
        NewCampaign(CampaignStatus.Open).EnsureCanDistributeOn(Start);
        NewCampaign(CampaignStatus.Closed).EnsureCanDistributeOn(End.AddDays(30));
        ShouldRefuse(() => NewCampaign().EnsureCanDistributeOn(Start), "campaign-not-distributing");
        ShouldRefuse(() => NewCampaign(CampaignStatus.Settled).EnsureCanDistributeOn(Start), "campaign-not-distributing");
        ShouldRefuse(() => NewCampaign(CampaignStatus.Open).EnsureCanDistributeOn(Start.AddDays(-1)), "before-start-date");
    }

    [Fact]
    public void A_settled_ledger_takes_no_more_reversals()
    {
        NewCampaign(CampaignStatus.Closed).EnsureCanReverse();
        ShouldRefuse(() => NewCampaign(CampaignStatus.Settled).EnsureCanReverse(), "campaign-settled");
    }
}

public class LedgerEntryTests
{
    [Fact]
    public void A_correction_is_a_new_entry_pointing_at_the_original()
    {
        var original = new LedgerEntry
        {
            Id = Guid.NewGuid(), FacilityId = Guid.NewGuid(), CampaignId = Guid.NewGuid(), Kind = EntryKind.GoodsReceipt, EntryDate = new(2026, 1, 5),
            ReceiptYear = 2026, ReceiptNumber = 7, Amount = 6_000_000, DonorId = Guid.NewGuid(), StockLotId = Guid.NewGuid(), Item = "Xe lăn", Unit = "chiếc", Quantity = 3,
        };
        var at = DateTimeOffset.UtcNow;
        var reversal = original.Reverse("  Nhầm số lượng ", new DateOnly(2026, 1, 6), at, null, "10.0.0.1");

        reversal.Id.ShouldNotBe(original.Id);
        reversal.ReversesId.ShouldBe(original.Id);
        reversal.IsReversal.ShouldBeTrue();
        reversal.ReversalReason.ShouldBe("Nhầm số lượng");
        (reversal.Kind, reversal.Amount, reversal.Quantity, reversal.StockLotId, reversal.CampaignId, reversal.FacilityId)
            .ShouldBe((original.Kind, original.Amount, original.Quantity, original.StockLotId, original.CampaignId, original.FacilityId));
        reversal.ReceiptNumber.ShouldBeNull();
        reversal.EntryDate.ShouldBe(new DateOnly(2026, 1, 6));
        original.ReversesId.ShouldBeNull();
    }

    [Fact]
    public void A_reversal_is_not_reversed()
    {
        var reversal = new LedgerEntry { Id = Guid.NewGuid(), ReversesId = Guid.NewGuid(), Kind = EntryKind.CashReceipt, Amount = 1 };
        Should.Throw<DomainRuleException>(() => reversal.Reverse("x", new DateOnly(2026, 1, 1), DateTimeOffset.UtcNow, null, null))
            .Code.ShouldBe("reversal-not-reversible");
    }
}

/// <summary>Issue 18: a target range and a structured transfer account on the campaign.</summary>
public class CampaignTargetAndTransferTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 1, 3, 0, 0, TimeSpan.Zero);

    private static CampaignDescription Description() =>
        new("Vì bệnh nhân nghèo", "Hỗ trợ", null, null, null, null, new(2026, 1, 1), new(2026, 3, 31), null, 100_000_000);

    private static void ShouldRefuse(Action act, string code) => Should.Throw<DomainRuleException>(act).Code.ShouldBe(code);

    [Fact]
    public void A_target_range_needs_a_minimum_and_a_top_not_below_it()
    {
        var d = Description();
        var campaign = Campaign.Create(Guid.NewGuid(), FundKind.Campaign, d with { TargetAmount = 100_000_000, TargetMaximum = 150_000_000 }, Now, null);
        (campaign.TargetAmount, campaign.TargetMaximum).ShouldBe((100_000_000L, 150_000_000L));
        ShouldRefuse(() => campaign.Describe(d with { TargetAmount = 100_000_000, TargetMaximum = 99_999_999 }), "campaign-target-range");
        ShouldRefuse(() => campaign.Describe(d with { TargetAmount = null, TargetMaximum = 150_000_000 }), "campaign-target-range");
        campaign.TargetMaximum.ShouldBe(150_000_000);
    }

    [Fact]
    public void The_transfer_account_is_kept_without_spaces_beside_the_old_free_text()
    {
        var campaign = Campaign.Create(Guid.NewGuid(), FundKind.Campaign,
            Description() with { BankAccount = "0123 Vietcombank", Transfer = new TransferAccount("970436", "0011 0023 45678", "  BV DA KHOA  ") }, Now, null);
        (campaign.BankBin, campaign.BankAccountNumber, campaign.BankAccountHolder, campaign.BankAccount)
            .ShouldBe(("970436", "0011002345678", "BV DA KHOA", "0123 Vietcombank"));
        campaign.Describe(Description());
        campaign.BankBin.ShouldBeNull();
    }
}
