using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SocialWorkCloud.Api.Infrastructure;

namespace SocialWorkCloud.UnitTests.Infrastructure;

/// <summary>The remembered tokens' claims are shared, so they cannot change; the memory is bounded. (Expiry, sign-out and key
/// changes are tested through HTTP: IntegrationTests/Identity/ValidatedTokenCacheTests, SigningKeyTests.)</summary>
public class ValidatedTokenCacheTests
{
    private static readonly SymmetricSecurityKey Key = new(Encoding.UTF8.GetBytes("unit-test-signing-key-for-the-validated-token-cache")) { KeyId = "k1" };

    private static TokenValidationParameters Parameters() => new()
    {
        ValidIssuer = "issuer", ValidAudience = "audience", ValidateLifetime = true, RequireExpirationTime = true,
        ValidateIssuerSigningKey = true, IssuerSigningKeys = [Key], ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ClockSkew = TimeSpan.FromSeconds(30), NameClaimType = "sub", RoleClaimType = "role",
    };

    private static string Token(string subject) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "issuer", Audience = "audience", Expires = DateTime.UtcNow.AddMinutes(10),
        Subject = new ClaimsIdentity([new Claim("sub", subject), new Claim("role", "SocialWorker")]),
        SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
    });

    private static (CachingTokenHandler Handler, ValidatedTokenCache Cache) Handler(int size = 100)
    {
        var cache = new ValidatedTokenCache(Options.Create(new ValidatedTokenOptions { Size = size }));
        return (new CachingTokenHandler(new JsonWebTokenHandler { MapInboundClaims = false }, cache), cache);
    }

    [Fact]
    public async Task A_token_sent_again_shares_its_claims_which_nothing_can_change()
    {
        var (handler, cache) = Handler();
        var token = Token("user-1");
        var first = await handler.ValidateTokenAsync(token, Parameters());
        var second = await handler.ValidateTokenAsync(token, Parameters());

        first.IsValid.ShouldBeTrue();
        second.IsValid.ShouldBeTrue();
        second.ShouldNotBeSameAs(first);
        var identity = second.ClaimsIdentity.ShouldBeOfType<FrozenClaimsIdentity>();
        identity.ShouldBeSameAs(first.ClaimsIdentity);
        identity.FindFirst("sub")!.Value.ShouldBe("user-1");
        identity.FindFirst("SUB").ShouldBeNull(); // claim types compare as the JWT handler's own identity's do
        identity.IsAuthenticated.ShouldBeTrue();
        identity.Name.ShouldBe("user-1");

        Should.Throw<InvalidOperationException>(() => identity.AddClaim(new Claim("role", "PlatformAdmin")));
        Should.Throw<InvalidOperationException>(() => identity.AddClaims([new Claim("role", "PlatformAdmin")]));
        Should.Throw<InvalidOperationException>(() => identity.RemoveClaim(identity.FindFirst("role")));
        Should.Throw<InvalidOperationException>(() => identity.TryRemoveClaim(identity.FindFirst("role")));
        identity.Claims.Count(c => c.Type == "role").ShouldBe(1);

        // A request's principal is its own: adding an identity to it leaves the shared one (and the next request) alone.
        var principal = new ClaimsPrincipal(identity);
        principal.AddIdentity(new ClaimsIdentity([new Claim("extra", "x")]));
        var third = await handler.ValidateTokenAsync(token, Parameters());
        new ClaimsPrincipal(third.ClaimsIdentity).FindFirst("extra").ShouldBeNull();
        // A copy may be changed.
        var copy = identity.Clone();
        copy.AddClaim(new Claim("extra", "x"));
        identity.FindFirst("extra").ShouldBeNull();
    }

    [Fact]
    public async Task The_memory_is_bounded_and_a_token_beyond_it_is_validated_in_full()
    {
        var (handler, cache) = Handler(size: 2);
        var tokens = Enumerable.Range(0, 6).Select(i => Token($"user-{i}")).ToList();
        foreach (var token in tokens) (await handler.ValidateTokenAsync(token, Parameters())).IsValid.ShouldBeTrue();
        cache.Count.ShouldBeLessThanOrEqualTo(2);
        foreach (var token in tokens) (await handler.ValidateTokenAsync(token, Parameters())).IsValid.ShouldBeTrue();
        cache.Count.ShouldBeLessThanOrEqualTo(2);
    }

    [Fact]
    public async Task A_refused_token_is_not_remembered_and_changed_parameters_validate_again()
    {
        var (handler, cache) = Handler();
        var token = Token("user-1");
        var tampered = token[..^2] + (token[^2..] == "AA" ? "BB" : "AA");
        (await handler.ValidateTokenAsync(tampered, Parameters())).IsValid.ShouldBeFalse();
        cache.Remembers(tampered).ShouldBeFalse();

        (await handler.ValidateTokenAsync(token, Parameters())).IsValid.ShouldBeTrue();
        cache.Remembers(token).ShouldBeTrue();
        var otherKey = Parameters();
        otherKey.IssuerSigningKeys = [new SymmetricSecurityKey(Encoding.UTF8.GetBytes("another-unit-test-signing-key-of-enough-length")) { KeyId = "k2" }];
        (await handler.ValidateTokenAsync(token, otherKey)).IsValid.ShouldBeFalse();
        cache.Remembers(token).ShouldBeFalse();
        var otherAudience = Parameters();
        otherAudience.ValidAudience = "someone-else";
        (await handler.ValidateTokenAsync(token, Parameters())).IsValid.ShouldBeTrue();
        (await handler.ValidateTokenAsync(token, otherAudience)).IsValid.ShouldBeFalse();
    }

    [Fact]
    public async Task No_memory_when_its_size_is_zero()
    {
        var (handler, cache) = Handler(size: 0);
        var token = Token("user-1");
        (await handler.ValidateTokenAsync(token, Parameters())).IsValid.ShouldBeTrue();
        (await handler.ValidateTokenAsync(token, Parameters())).IsValid.ShouldBeTrue();
        cache.Remembers(token).ShouldBeFalse();
    }
}
