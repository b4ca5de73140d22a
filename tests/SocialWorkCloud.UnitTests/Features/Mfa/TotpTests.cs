using System.Text;
using SocialWorkCloud.Application.Identity;

namespace SocialWorkCloud.UnitTests.Features.Mfa;

public class TotpTests
{
    // RFC 6238 appendix B, SHA-1 key; the 6-digit codes are the last six digits of the published 8-digit ones.
    private static readonly byte[] RfcSecret = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    [InlineData(20000000000L, "65353130")]
    public void Codes_match_the_RFC_6238_test_vectors(long unixSeconds, string eightDigits)
    {
        var step = Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));
        Totp.Code(RfcSecret, step, 8).ShouldBe(eightDigits);
        Totp.Code(RfcSecret, step).ShouldBe(eightDigits[2..]);
    }

    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_765_000_000 + 7);

    [Fact]
    public void The_current_step_and_one_either_side_are_accepted_and_two_away_are_not()
    {
        var step = Totp.StepAt(Now);
        Totp.Match(RfcSecret, Totp.Code(RfcSecret, step), Now, 0).ShouldBe(step);
        Totp.Match(RfcSecret, Totp.Code(RfcSecret, step - 1), Now, 0).ShouldBe(step - 1);
        Totp.Match(RfcSecret, Totp.Code(RfcSecret, step + 1), Now, 0).ShouldBe(step + 1);
        Totp.Match(RfcSecret, Totp.Code(RfcSecret, step - 2), Now, 0).ShouldBeNull();
        Totp.Match(RfcSecret, Totp.Code(RfcSecret, step + 2), Now, 0).ShouldBeNull();
    }

    [Fact]
    public void A_code_at_or_before_the_last_used_step_is_a_replay_and_refused()
    {
        var step = Totp.StepAt(Now);
        var code = Totp.Code(RfcSecret, step);
        Totp.Match(RfcSecret, code, Now, lastUsedStep: step).ShouldBeNull();
        Totp.Match(RfcSecret, Totp.Code(RfcSecret, step - 1), Now, lastUsedStep: step).ShouldBeNull();
        // A later step of the window is still good after an earlier one was used.
        Totp.Match(RfcSecret, Totp.Code(RfcSecret, step + 1), Now, lastUsedStep: step).ShouldBe(step + 1);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    public void Malformed_codes_are_refused(string? typed) => Totp.Match(RfcSecret, typed, Now, 0).ShouldBeNull();

    [Fact]
    public void Spaces_and_dashes_in_a_typed_code_are_ignored()
    {
        var code = Totp.Code(RfcSecret, Totp.StepAt(Now));
        Totp.Match(RfcSecret, $"{code[..3]} {code[3..]}", Now, 0).ShouldNotBeNull();
        Totp.Match(RfcSecret, $"{code[..3]}-{code[3..]}", Now, 0).ShouldNotBeNull();
    }

    [Fact]
    public void Base32_round_trips_and_matches_RFC_4648()
    {
        Base32.Encode("foobar"u8).ShouldBe("MZXW6YTBOI");
        Base32.Decode("MZXW6YTBOI").ShouldBe("foobar"u8.ToArray());
        var secret = Totp.NewSecret();
        Base32.Decode(Base32.Encode(secret)).ShouldBe(secret);
    }

    [Fact]
    public void The_key_uri_names_the_issuer_the_account_and_the_secret()
    {
        var uri = Totp.KeyUri("SocialWorkCloud", "an@x.vn", RfcSecret);
        uri.ShouldStartWith("otpauth://totp/SocialWorkCloud:an%40x.vn?secret=");
        uri.ShouldContain("secret=" + Base32.Encode(RfcSecret));
        uri.ShouldContain("issuer=SocialWorkCloud");
    }
}
