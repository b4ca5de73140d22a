using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using SocialWorkCloud.Application.Features.Webhooks;

namespace SocialWorkCloud.UnitTests.Features.Webhooks;

/// <summary>The signature a delivery carries, checked by the README's C# example (copied here verbatim) and by the platform's own check.</summary>
public class WebhookSignatureTests
{
    // ---- README "Verifying a delivery" (C#) ----
    private static bool IsGenuine(string secret, string id, string timestamp, string signatures, string body)
    {
        var sent = DateTimeOffset.FromUnixTimeSeconds(long.Parse(timestamp, CultureInfo.InvariantCulture));
        if ((DateTimeOffset.UtcNow - sent).Duration() > TimeSpan.FromMinutes(5)) return false; // replayed or stale
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}"));
        var expected = Encoding.ASCII.GetBytes("v1," + Convert.ToBase64String(mac));
        return signatures.Split(' ').Any(s => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(s), expected));
    }
    // ---- end of the README example ----

    private const string Body = """{"type":"tally.recorded","timestamp":"2026-12-06T01:00:00+00:00","data":{"accepted":3}}""";

    [Fact]
    public void A_delivery_signed_by_the_platform_passes_the_documented_check()
    {
        var secret = WebhookSignature.NewSecret();
        secret.ShouldStartWith("whsec_");
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var signature = WebhookSignature.Sign(secret, "msg_1", now, Body);
        signature.ShouldStartWith("v1,");
        IsGenuine(secret, "msg_1", now.ToString(CultureInfo.InvariantCulture), signature, Body).ShouldBeTrue();
        // Several signatures (a receiver during a rotation): one match is enough.
        IsGenuine(secret, "msg_1", now.ToString(CultureInfo.InvariantCulture), "v1,AAAA " + signature, Body).ShouldBeTrue();
        WebhookSignature.Verify(secret, "msg_1", now.ToString(CultureInfo.InvariantCulture), signature, Body, DateTimeOffset.UtcNow).ShouldBeTrue();
    }

    [Fact]
    public void A_forged_body_id_or_secret_is_detected()
    {
        var secret = WebhookSignature.NewSecret();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var signature = WebhookSignature.Sign(secret, "msg_1", now, Body);
        IsGenuine(secret, "msg_1", now.ToString(CultureInfo.InvariantCulture), signature, Body.Replace("3", "30", StringComparison.Ordinal)).ShouldBeFalse();
        IsGenuine(secret, "msg_2", now.ToString(CultureInfo.InvariantCulture), signature, Body).ShouldBeFalse();
        IsGenuine(WebhookSignature.NewSecret(), "msg_1", now.ToString(CultureInfo.InvariantCulture), signature, Body).ShouldBeFalse();
        WebhookSignature.Verify(WebhookSignature.NewSecret(), "msg_1", now.ToString(CultureInfo.InvariantCulture), signature, Body, DateTimeOffset.UtcNow).ShouldBeFalse();
    }

    [Fact]
    public void A_replayed_delivery_with_an_old_timestamp_is_detected_even_with_its_genuine_signature()
    {
        var secret = WebhookSignature.NewSecret();
        var old = DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeSeconds();
        var signature = WebhookSignature.Sign(secret, "msg_1", old, Body);
        IsGenuine(secret, "msg_1", old.ToString(CultureInfo.InvariantCulture), signature, Body).ShouldBeFalse();
        WebhookSignature.Verify(secret, "msg_1", old.ToString(CultureInfo.InvariantCulture), signature, Body, DateTimeOffset.UtcNow).ShouldBeFalse();
        // The attacker cannot move the timestamp forward: it is signed.
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        IsGenuine(secret, "msg_1", now.ToString(CultureInfo.InvariantCulture), signature, Body).ShouldBeFalse();
    }

    [Fact]
    public void The_signature_is_the_standard_webhooks_one_for_a_known_vector()
    {
        // Key bytes 0..31, id, timestamp and body fixed: HMAC-SHA256 computed independently of WebhookSignature.
        var key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var secret = "whsec_" + Convert.ToBase64String(key);
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("msg_x.1700000000.{}")));
        WebhookSignature.Sign(secret, "msg_x", 1_700_000_000, "{}").ShouldBe(expected);
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.1.10", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("203.113.131.1", true)]
    [InlineData("2001:4860:4860::8888", true)]
    public void Only_public_addresses_receive_deliveries_in_production(string address, bool allowed) =>
        WebhookUrlPolicy.IsPublic(IPAddress.Parse(address)).ShouldBe(allowed);

    [Theory]
    [InlineData("https://his.example.vn/hooks", true)]
    [InlineData("http://localhost:5000/hooks", true)]
    [InlineData("ftp://his.example.vn/hooks", false)]
    [InlineData("https://user:pw@his.example.vn/hooks", false)]
    [InlineData("/hooks", false)]
    public void A_receiver_is_a_full_http_url(string url, bool wellFormed) => WebhookUrlPolicy.IsWellFormed(url).ShouldBe(wellFormed);
}
