using System.Security.Claims;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace SocialWorkCloud.Api.Infrastructure;

public sealed class ValidatedTokenOptions
{
    public const string Section = "Jwt:ValidatedTokenCache";

    /// <summary>How many validated access tokens a replica remembers (0: none, every request validates its token in full).</summary>
    public int Size { get; set; } = 10_000;
}

/// <summary>
/// The access tokens this host has validated, so a token sent again is not parsed, verified and turned into claims on every
/// request (issue 19: about a fifth of a <c>GET /me</c>'s allocations). Only a token that passed the full validation is
/// remembered, keyed by its exact text, and only until its <c>exp</c> plus the clock skew. A remembered token is still
/// checked on every request: its lifetime against the clock with the same skew as the full validation (<c>exp</c>, <c>nbf</c>),
/// and the validation parameters it passed under (signing keys, issuer, audience) against this request's, so a key rotated
/// out refuses it at once. What follows validation runs as before on every request: the JWT handler's
/// <c>OnTokenValidated</c> (the session check, an API client's revocation). Bounded: at most
/// <see cref="ValidatedTokenOptions.Size"/> entries (a full cache remembers nothing more until its expired entries are swept;
/// the tokens it cannot take are validated in full, as before). One per host (never static: the test hosts in one process have different keys).
/// </summary>
public sealed class ValidatedTokenCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly int _size;
    private long _nextSweep, _answered;

    public ValidatedTokenCache(Microsoft.Extensions.Options.IOptions<ValidatedTokenOptions> options)
    {
        _size = Math.Max(0, options.Value.Size);
        _bySpan = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        OnMessageReceived = ctx =>
        {
            if (TryGetFromHeader(ctx.Request, out var token)) ctx.Token = token;
            return Task.CompletedTask;
        };
    }

    public int Count => _entries.Count;

    /// <summary>How many requests <see cref="AccessTokenAuthentication"/> authenticated from memory (the tests' window on that path).</summary>
    public long AnsweredFromMemory => Interlocked.Read(ref _answered);

    internal void CountAnswered() => Interlocked.Increment(ref _answered);

    /// <summary>
    /// The JWT handler's MessageReceived event: the token as the handler would cut it from the header ("Bearer " in any case,
    /// trimmed), but the remembered string when there is one, instead of a new copy per request. Anything else is left to the handler.
    /// One instance, so <see cref="AccessTokenAuthentication"/> can tell the event is still this one.
    /// </summary>
    public Func<MessageReceivedContext, Task> OnMessageReceived { get; }

    /// <summary>The remembered token the request's Authorization header carries, read as the JWT handler reads the header.</summary>
    internal bool TryGetFromHeader(HttpRequest request, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? token)
    {
        var header = request.Headers.Authorization;
        token = null;
        return header.Count == 1 && header[0] is { } value && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && TryGetText(value.AsSpan("Bearer ".Length).Trim(), out token);
    }

    /// <summary>
    /// The claims of a remembered token the handler would accept from memory under these parameters (the same checks as
    /// <see cref="CachingTokenHandler"/>'s: validation it may remember, unchanged parameters, within its lifetime).
    /// </summary>
    internal bool TryAnswer(string token, TokenValidationParameters parameters, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Entry? answered)
    {
        answered = null;
        if (!CachingTokenHandler.Cacheable(parameters) || !_entries.TryGetValue(token, out var entry) || !entry.AcceptedUnder(parameters)) return false;
        answered = entry;
        return true;
    }

    /// <summary>Whether this exact token is remembered as validated (the tests' window on the cache).</summary>
    public bool Remembers(string token) => _entries.ContainsKey(token);

    /// <summary>
    /// The remembered text of a token given as characters of a header, so the JWT handler need not cut a new string out of the
    /// header on every request (OnMessageReceived). Nothing is decided by it: the token is validated (or found) as before.
    /// </summary>
    public bool TryGetText(ReadOnlySpan<char> token, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? text)
    {
        if (_bySpan.TryGetValue(token, out var actual, out _))
        {
            text = actual;
            return true;
        }
        text = null;
        return false;
    }

    internal bool TryGet(string token, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Entry? entry) => _entries.TryGetValue(token, out entry);

    internal void Remember(string token, Entry entry)
    {
        if (_size == 0) return;
        if (_entries.Count >= _size && !Sweep()) return;
        _entries.TryAdd(token, entry);
    }

    internal void Forget(string token) => _entries.TryRemove(token, out _);

    /// <summary>
    /// Full: the entries past their lifetime go (at most once a second; the hits remove theirs as they meet them). Whether there
    /// is room now; with none, the token is simply validated in full each time, as before.
    /// </summary>
    private bool Sweep()
    {
        var now = Environment.TickCount64;
        var due = Interlocked.Read(ref _nextSweep);
        if (now >= due && Interlocked.CompareExchange(ref _nextSweep, now + 1000, due) == due)
        {
            var utcNow = DateTimeOffset.UtcNow;
            foreach (var (token, entry) in _entries)
            {
                if (entry.Until < utcNow) _entries.TryRemove(token, out _);
            }
        }
        return _entries.Count < _size;
    }

    /// <summary>One validated token: what the validation produced and what it was validated against.</summary>
    internal sealed class Entry(TokenValidationResult result, FrozenClaimsIdentity identity, Parameters parameters)
    {
        public SecurityToken Token { get; } = result.SecurityToken;
        public string? Issuer { get; } = result.Issuer;
        public string? TokenType { get; } = result.TokenType;
        public FrozenClaimsIdentity Identity { get; } = identity;
        public Parameters Parameters { get; } = parameters;
        public DateTime NotBefore { get; } = result.SecurityToken.ValidFrom;
        public DateTime Expires { get; } = result.SecurityToken.ValidTo;
        public DateTimeOffset Until => new(DateTime.SpecifyKind(Expires, DateTimeKind.Utc) + Parameters.ClockSkew);

        private Microsoft.AspNetCore.Authentication.AuthenticateResult? _answer;

        /// <summary>
        /// The bearer scheme's success for this token, made once and given to every request that sends it (AccessTokenAuthentication):
        /// one principal over the shared claims, its ticket and properties, rather than a set per request (issue 19). Nothing in this
        /// API changes a request's principal or ticket (claims transformation is the no-op, checked before the shortcut is taken).
        /// </summary>
        public Microsoft.AspNetCore.Authentication.AuthenticateResult Answer => _answer ??= Microsoft.AspNetCore.Authentication.AuthenticateResult.Success(
            new Microsoft.AspNetCore.Authentication.AuthenticationTicket(new System.Security.Claims.ClaimsPrincipal(Identity),
                Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerDefaults.AuthenticationScheme));

        /// <summary>Whether a request under these parameters may be answered from this entry: the same parameters, within its lifetime.</summary>
        public bool AcceptedUnder(TokenValidationParameters p) => Parameters.Match(p) && CachingTokenHandler.WithinLifetime(this, p);
    }

    /// <summary>The validation parameters a token passed under that could refuse it if they changed.</summary>
    internal sealed class Parameters
    {
        private readonly SecurityKey[] _keys;
        private readonly SecurityKey? _key;
        private readonly string? _issuer, _audience;
        private readonly string[]? _issuers, _audiences, _algorithms;

        public Parameters(TokenValidationParameters p)
        {
            _keys = p.IssuerSigningKeys?.ToArray() ?? [];
            _key = p.IssuerSigningKey;
            (_issuer, _audience) = (p.ValidIssuer, p.ValidAudience);
            (_issuers, _audiences, _algorithms) = (p.ValidIssuers?.ToArray(), p.ValidAudiences?.ToArray(), p.ValidAlgorithms?.ToArray());
            ClockSkew = p.ClockSkew;
        }

        public TimeSpan ClockSkew { get; }

        /// <summary>The same keys (each the same instance, in the same order), issuer(s), audience(s), algorithms and skew.</summary>
        public bool Match(TokenValidationParameters p)
        {
            if (!ReferenceEquals(_key, p.IssuerSigningKey) || p.ClockSkew != ClockSkew
                || !string.Equals(_issuer, p.ValidIssuer, StringComparison.Ordinal) || !string.Equals(_audience, p.ValidAudience, StringComparison.Ordinal)
                || !Same(_issuers, p.ValidIssuers) || !Same(_audiences, p.ValidAudiences) || !Same(_algorithms, p.ValidAlgorithms))
            {
                return false;
            }
            var i = 0;
            if (p.IssuerSigningKeys is { } keys)
            {
                foreach (var key in keys)
                {
                    if (i >= _keys.Length || !ReferenceEquals(_keys[i], key)) return false;
                    i++;
                }
            }
            return i == _keys.Length;
        }

        private static bool Same(string[]? then, IEnumerable<string>? now)
        {
            if (then is null || now is null) return then is null && now is null;
            var i = 0;
            foreach (var value in now)
            {
                if (i >= then.Length || !string.Equals(then[i], value, StringComparison.Ordinal)) return false;
                i++;
            }
            return i == then.Length;
        }
    }
}

/// <summary>
/// Wraps the JWT handler's token handler: a token validated before (<see cref="ValidatedTokenCache"/>) and still within its
/// lifetime under unchanged parameters is answered from memory; anything else goes to the real handler, whose failures are
/// the answer as before.
/// </summary>
public sealed class CachingTokenHandler(TokenHandler inner, ValidatedTokenCache cache) : TokenHandler
{
    public TokenHandler Inner => inner;

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var cacheable = Cacheable(validationParameters);
        if (cacheable && cache.TryGet(token, out var entry))
        {
            if (entry.AcceptedUnder(validationParameters)) return Answer(entry);
            cache.Forget(token);
        }

        var result = await inner.ValidateTokenAsync(token, validationParameters);
        if (!cacheable || !result.IsValid || result.SecurityToken is null || result.ClaimsIdentity is not CaseSensitiveClaimsIdentity identity) return result;
        // A token without an expiry is not remembered (this API requires one; the check is the cache's own safety).
        if (result.SecurityToken.ValidTo == DateTime.MinValue) return result;
        var frozen = new FrozenClaimsIdentity(identity);
        var remembered = new ValidatedTokenCache.Entry(result, frozen, new ValidatedTokenCache.Parameters(validationParameters));
        // Checked again as a hit would be, so what is remembered is exactly what the next request would accept.
        if (remembered.AcceptedUnder(validationParameters)) cache.Remember(token, remembered);
        result.ClaimsIdentity = frozen;
        return result;
    }

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);

    /// <summary>Only the validation this API configures (lifetime required and checked by the library's own rule) is remembered.</summary>
    internal static bool Cacheable(TokenValidationParameters p) =>
        p.ValidateLifetime && p.RequireExpirationTime && p.LifetimeValidator is null && p.ValidateIssuerSigningKey && p.SignatureValidator is null
        && p.IssuerSigningKeyResolver is null && p.TokenReplayValidator is null && !p.ValidateTokenReplay && p.ConfigurationManager is null
        && p.IssuerValidator is null && p.AudienceValidator is null && p.AlgorithmValidator is null && p.TypeValidator is null;

    /// <summary>
    /// The library's lifetime rule (Validators.ValidateLifetime) on the same clock: refused once <c>exp</c> is more than the
    /// clock skew in the past, or while <c>nbf</c> is more than the skew in the future.
    /// </summary>
    internal static bool WithinLifetime(ValidatedTokenCache.Entry entry, TokenValidationParameters p)
    {
        var now = DateTime.UtcNow;
        if (entry.NotBefore != DateTime.MinValue && entry.NotBefore > now + p.ClockSkew) return false;
        return entry.Expires >= now - p.ClockSkew;
    }

    /// <summary>A result of its own per request (the handler may record things on it); the identity is shared and frozen.</summary>
    private static TokenValidationResult Answer(ValidatedTokenCache.Entry entry) => new()
    {
        IsValid = true,
        ClaimsIdentity = entry.Identity,
        SecurityToken = entry.Token,
        Issuer = entry.Issuer,
        TokenType = entry.TokenType,
    };
}

/// <summary>
/// The claims of a remembered token, shared by every request that sends it: nothing may change them. Adding or removing a claim
/// throws (claims transformation or middleware that wants more adds an identity of its own to the request's principal, which
/// is new per request). Each request's <see cref="ClaimsPrincipal"/> is its own; only this identity is shared. Its claim types
/// compare as the JWT handler's own identity's do (case-sensitive; its <see cref="ClaimsIdentity.Clone"/> is a changeable copy).
/// </summary>
public sealed class FrozenClaimsIdentity : CaseSensitiveClaimsIdentity
{
    private readonly bool _frozen;

    public FrozenClaimsIdentity(ClaimsIdentity validated) : base(validated) => _frozen = true;

    public override void AddClaim(Claim claim) => Refuse(() => base.AddClaim(claim));

    public override void AddClaims(IEnumerable<Claim?> claims) => Refuse(() => base.AddClaims(claims));

    public override void RemoveClaim(Claim? claim) => Refuse(() => base.RemoveClaim(claim));

    public override bool TryRemoveClaim(Claim? claim)
    {
        if (_frozen) throw Frozen();
        return base.TryRemoveClaim(claim);
    }

    private void Refuse(Action change)
    {
        if (_frozen) throw Frozen();
        change();
    }

    private static InvalidOperationException Frozen() =>
        new("The claims of a validated access token are shared across requests and cannot be changed; add an identity to the request's principal instead.");
}
