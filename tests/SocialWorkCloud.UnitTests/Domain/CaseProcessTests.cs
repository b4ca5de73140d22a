using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Clients;

namespace SocialWorkCloud.UnitTests.Domain;

public class CaseProcessTests
{
    [Theory]
    [InlineData(CaseStage.Intake, CaseStage.Assessment, false)]
    [InlineData(CaseStage.Assessment, CaseStage.Planning, false)]
    [InlineData(CaseStage.Implementation, CaseStage.Monitoring, false)]
    [InlineData(CaseStage.Intake, CaseStage.Planning, true)]
    [InlineData(CaseStage.Monitoring, CaseStage.Assessment, true)]
    public void The_next_step_needs_no_reason_and_skipping_or_going_back_does(CaseStage from, CaseStage to, bool needsReason)
    {
        var check = CaseProcess.Check(from, to, ApprovalState.Approved);
        check.Allowed.ShouldBeTrue();
        check.NeedsReason.ShouldBe(needsReason);
    }

    [Theory]
    [InlineData(CaseStage.Closed, CaseStage.Assessment, ApprovalState.Approved, "case-closed")]
    [InlineData(CaseStage.Monitoring, CaseStage.Closed, ApprovalState.Approved, "closure-needs-approval")]
    [InlineData(CaseStage.Planning, CaseStage.Implementation, ApprovalState.Requested, "plan-not-approved")]
    [InlineData(CaseStage.Intake, CaseStage.Monitoring, ApprovalState.None, "plan-not-approved")]
    [InlineData(CaseStage.Planning, CaseStage.Planning, ApprovalState.None, "same-stage")]
    public void Refused_moves_name_their_rule(CaseStage from, CaseStage to, ApprovalState plan, string rule)
    {
        var check = CaseProcess.Check(from, to, plan);
        check.Allowed.ShouldBeFalse();
        check.Rule.ShouldBe(rule);
    }

    [Fact]
    public void Identifiers_keep_only_their_last_four_characters_in_lists()
    {
        Masking.Mask("038099001234").ShouldBe("********1234");
        Masking.Mask("0912345678").ShouldBe("******5678");
        Masking.Mask("123").ShouldBe("***");
        Masking.Mask(null).ShouldBeNull();
    }

    [Fact]
    public void A_client_gets_a_search_key_from_each_later_name_part_and_a_rename_changes_only_the_keys_that_differ()
    {
        ClientSearchKeys.LaterParts("nguyen thi thu ha").ShouldBe(["thi thu ha", "thu ha", "ha"]);
        ClientSearchKeys.LaterParts("an").ShouldBeEmpty();
        ClientSearchKeys.LaterParts("ha ha").ShouldBe(["ha"]);

        var client = new Client("Nguyễn Thị Thu Hà");
        client.SearchName.ShouldBe("nguyen thi thu ha");
        var thuHa = client.NameKeys.Single(k => k.Key == "thu ha");
        client.Rename("Trần Thị Thu Hà");
        client.NameKeys.Select(k => k.Key).ShouldBe(["thi thu ha", "thu ha", "ha"]);
        client.NameKeys.ShouldContain(thuHa);
        client.Rename("Trần Văn Hà");
        client.NameKeys.Select(k => k.Key).ShouldBe(["ha", "van ha"], ignoreOrder: true);
    }

    [Fact]
    public void A_service_delivered_refuses_a_negative_value_or_no_quantity()
    {
        var @case = SocialWorkCloud.Domain.Cases.Case.Open(
            Guid.NewGuid(), Guid.NewGuid(), CasePriority.Normal, RiskLevel.Low, false, IntakeSource.Self, "x", UrgentNeed.None, new DateOnly(2026, 1, 1), null, DateTimeOffset.UtcNow);
        @case.FacilityId = Guid.NewGuid();
        var service = ServiceDelivered.Record(@case, ServiceType.Meals, new DateOnly(2026, 1, 5), "Bếp", 2, 60_000, null, "donation", Guid.NewGuid(), DateTimeOffset.UtcNow, null);
        service.ClientId.ShouldBe(@case.ClientId);
        service.Source.ShouldBe("donation");
        Should.Throw<ArgumentOutOfRangeException>(() => ServiceDelivered.Record(@case, ServiceType.Meals, new DateOnly(2026, 1, 5), "x", 1, -1, null, "case", null, DateTimeOffset.UtcNow, null));
        Should.Throw<ArgumentOutOfRangeException>(() => ServiceDelivered.Record(@case, ServiceType.Meals, new DateOnly(2026, 1, 5), "x", 0, 1, null, "case", null, DateTimeOffset.UtcNow, null));
    }
}
