using SocialWorkCloud.Application.Features.Fundraising;

namespace SocialWorkCloud.UnitTests.Features.Fundraising;

/// <summary>The VietQR payload against the NAPAS/EMVCo layout; the expected strings were produced by the npm vietnam-qr-pay 1.5.1 encoder.</summary>
public class VietQrTests
{
    [Fact]
    public void A_static_code_for_an_account_matches_the_reference_encoder()
    {
        VietQr.Payload("970436", "0011002345678")
            .ShouldBe("00020101021138570010A00000072701270006970436011300110023456780208QRIBFTTA53037045802VN63048F2F");
    }

    [Fact]
    public void A_code_with_an_amount_and_a_purpose_is_dynamic_and_matches_the_reference_encoder()
    {
        VietQr.Payload("970415", "113366668888", 79_000, "Ung ho")
            .ShouldBe("00020101021238560010A0000007270126000697041501121133666688880208QRIBFTTA53037045405790005802VN62100806Ung ho63047DBC");
    }

    [Fact]
    public void The_checksum_is_CRC16_CCITT_FALSE_over_everything_before_it()
    {
        // The catalogue check value of CRC-16/CCITT-FALSE.
        VietQr.Crc16("123456789").ShouldBe((ushort)0x29B1);
        var payload = VietQr.Payload("970418", "12345678901");
        payload[^8..^4].ShouldBe("6304");
        payload[^4..].ShouldBe(VietQr.Crc16(payload[..^4]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Every_shipped_bank_has_a_six_digit_BIN_and_a_BIN_is_listed_once()
    {
        VietnameseBanks.All.ShouldAllBe(b => b.Bin.Length == 6 && b.Bin.All(char.IsAsciiDigit));
        VietnameseBanks.All.Select(b => b.Bin).ShouldBeUnique();
        VietnameseBanks.Find("970436")!.ShortName.ShouldBe("Vietcombank");
        VietnameseBanks.Find("000000").ShouldBeNull();
    }
}
