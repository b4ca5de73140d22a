using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Consents;

namespace SocialWorkCloud.UnitTests.Domain.PersonalData;

public class ConsentRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static ConsentRecord Consent(ConsentPurpose purpose, DateOnly given, DateOnly? withdrawn = null, int recordedMinute = 0) => new()
    {
        Id = Guid.NewGuid(), Purpose = purpose, GivenOn = given, WithdrawnOn = withdrawn, RecordedAt = Now.AddMinutes(recordedMinute),
    };

    [Fact]
    public void A_withdrawn_consent_bars_new_processing_for_its_purpose_only()
    {
        var consents = new[] { Consent(ConsentPurpose.PersonalDataProcessing, new(2025, 1, 1), new(2026, 2, 1)) };
        Should.Throw<DomainRuleException>(() => ConsentRules.EnsureMayProcess(consents, ConsentPurpose.PersonalDataProcessing))
            .Code.ShouldBe("consent-withdrawn");
        ConsentRules.EnsureMayProcess(consents, ConsentPurpose.SharingInReferral);
    }

    [Fact]
    public void No_consent_recorded_is_not_refused_and_a_consent_given_again_lets_processing_through()
    {
        ConsentRules.EnsureMayProcess([], ConsentPurpose.PersonalDataProcessing);
        var consents = new[]
        {
            Consent(ConsentPurpose.PersonalDataProcessing, new(2025, 1, 1), new(2025, 6, 1)),
            Consent(ConsentPurpose.PersonalDataProcessing, new(2025, 9, 1), recordedMinute: 5),
        };
        ConsentRules.EnsureMayProcess(consents, ConsentPurpose.PersonalDataProcessing);
    }

    [Fact]
    public void A_legal_ground_lifts_the_bar_and_is_only_for_a_withdrawn_consent()
    {
        var withdrawn = Consent(ConsentPurpose.PersonalDataProcessing, new(2025, 1, 1), new(2026, 2, 1));
        withdrawn.RecordLegalGround("  Bảo vệ tính mạng, sức khỏe (tình huống khẩn cấp)  ", Guid.NewGuid(), Now);
        withdrawn.LegalGround.ShouldBe("Bảo vệ tính mạng, sức khỏe (tình huống khẩn cấp)");
        ConsentRules.EnsureMayProcess([withdrawn], ConsentPurpose.PersonalDataProcessing);

        var inForce = Consent(ConsentPurpose.SharingInReferral, new(2025, 1, 1));
        Should.Throw<DomainRuleException>(() => inForce.RecordLegalGround("x", null, Now)).Code.ShouldBe("legal-ground-consent-not-withdrawn");
    }

    [Fact]
    public void Pseudonymising_replaces_every_identifier_and_the_search_keys_but_keeps_what_the_figures_count()
    {
        var client = new Client("Nguyễn Thị Thu Hà")
        {
            BirthYear = 2015, Sex = Sex.Female, NationalId = "038015001234", InsuranceNumber = "TE1380000000001", Phone = "0987654321",
            AddressDetail = "12 Lê Lợi", CommuneWard = "Phường Hạc Thành", Province = "Thanh Hóa", Vulnerabilities = Vulnerability.ChildOrphaned,
        };
        client.Pseudonymise("Đã ẩn danh 1A2B3C", Now);
        client.FullName.ShouldBe("Đã ẩn danh 1A2B3C");
        client.SearchName.ShouldNotContain("ha");
        client.NameKeys.Select(k => k.Key).ShouldNotContain("thu ha");
        new[] { client.NationalId, client.InsuranceNumber, client.Phone, client.AddressDetail, client.CommuneWard }.ShouldAllBe(v => v == null);
        (client.BirthYear, client.Sex, client.Vulnerabilities).ShouldBe((2015, Sex.Female, Vulnerability.ChildOrphaned));
        Should.Throw<DomainRuleException>(() => client.Pseudonymise("again", Now)).Code.ShouldBe("client-already-pseudonymised");
    }

    [Fact]
    public void A_restricted_client_refuses_writes_until_the_restriction_is_lifted()
    {
        var client = new Client("Lê Văn Hạn");
        client.EnsureWritable();
        client.Restrict(Now);
        Should.Throw<DomainRuleException>(client.EnsureWritable).Code.ShouldBe("client-restricted");
        Should.Throw<DomainRuleException>(() => client.Restrict(Now)).Code.ShouldBe("client-already-restricted");
        client.LiftRestriction();
        client.EnsureWritable();
    }
}
