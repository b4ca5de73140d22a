using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>What an access token must still pass once its signature and lifetime are good: the check on every request.</summary>
public static class AccessTokens
{
    /// <summary>The JWT handler's TokenValidated event. One instance, so <see cref="AccessTokenAuthentication"/> can tell it is still this one.</summary>
    public static readonly Func<TokenValidatedContext, Task> OnTokenValidated = async ctx =>
    {
        if (await RefusalAsync(ctx.HttpContext, ctx.Principal) is { } reason) ctx.Fail(reason);
    };

    /// <summary>
    /// Why the token's caller is refused now, or null. A revoked API client loses access at once, not when its token expires.
    /// A user's token is as good as its session: ended (logout, deactivation, new password or role, sign out everywhere) means
    /// refused now; a token without a session is refused too. A session this replica remembers needs no database.
    /// </summary>
    internal static ValueTask<string?> RefusalAsync(HttpContext http, ClaimsPrincipal? principal)
    {
        // The claims read once per remembered token, not searched again on every request (issue 19).
        var (clientId, sessionId, subject) = principal is not null ? HttpCurrentUser.TokenIdsOf(principal) : default;
        if (clientId is not null) return ClientRefusalAsync(http, clientId);
        if (sessionId is not { } sid || subject is not { } userId) return new("The access token names no session.");
        var registry = http.RequestServices.GetRequiredService<SessionRegistry>();
        if (registry.TryRecall(sid, out var live)) return new(live ? null : "The session has ended.");
        return SessionRefusalAsync(http, registry, sid, userId);
    }

    private static async ValueTask<string?> ClientRefusalAsync(HttpContext http, string clientId)
    {
        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        var active = await db.ApiClients.AsNoTracking().AnyAsync(c => c.ClientId == clientId && c.RevokedAt == null, http.RequestAborted);
        return active ? null : "The API client has been revoked.";
    }

    private static async ValueTask<string?> SessionRefusalAsync(HttpContext http, SessionRegistry registry, Guid sessionId, Guid userId)
    {
        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        return await registry.IsLiveAsync(db, sessionId, userId, http.RequestAborted) ? null : "The session has ended.";
    }
}

/// <summary>
/// Stands where <c>UseAuthentication()</c> stood. A request whose bearer token this host validated before
/// (<see cref="ValidatedTokenCache"/>) and would accept from memory now (same parameters, within its lifetime) is authenticated
/// here: the same principal over the token's shared claims (one per token), the same per-request check (<see cref="AccessTokens"/>), the same
/// request features. Skipped is only the machinery around a token already known (the handler per request, its validation
/// parameters' copy, its contexts and dated properties: about 3 kB a request, issue 19). Anything else (no token, an unknown,
/// expired or refused one, a check that fails) goes to ASP.NET Core's own authentication middleware, which answers as before.
/// The shortcut is taken only while that answer would be the same: the bearer scheme is the default and only request scheme,
/// claims transformation is ASP.NET Core's no-op, and the JWT handler's options and events are the ones AuthSetup made (checked once).
/// </summary>
public sealed class AccessTokenAuthentication
{
    private readonly RequestDelegate _next;
    private readonly AuthenticationMiddleware _full;
    private readonly ValidatedTokenCache _cache;
    private readonly IOptionsMonitor<JwtBearerOptions> _bearer;
    private readonly Lazy<bool> _applies;

    public AccessTokenAuthentication(RequestDelegate next, IAuthenticationSchemeProvider schemes, ValidatedTokenCache cache,
        IOptionsMonitor<JwtBearerOptions> bearer, IServiceProvider services)
    {
        _next = next;
        _full = new AuthenticationMiddleware(next, schemes);
        _cache = cache;
        _bearer = bearer;
        _applies = new(() => Applies(schemes, services, bearer.Get(JwtBearerDefaults.AuthenticationScheme), cache));
    }

    public Task Invoke(HttpContext http)
    {
        if (!_applies.Value || !_cache.TryGetFromHeader(http.Request, out var token)
            || !_cache.TryAnswer(token, _bearer.Get(JwtBearerDefaults.AuthenticationScheme).TokenValidationParameters, out var entry))
        {
            return _full.Invoke(http);
        }
        // The JWT handler's success for this token (its principal over the validated identity), made once per remembered token.
        var answer = entry.Answer;
        var refusal = AccessTokens.RefusalAsync(http, answer.Principal);
        if (!refusal.IsCompletedSuccessfully) return AfterCheckAsync(http, answer, refusal);
        // Refused: the full way answers, with the handler's failure and its challenge, exactly as before.
        return refusal.Result is null ? Authenticated(http, answer) : _full.Invoke(http);
    }

    private async Task AfterCheckAsync(HttpContext http, AuthenticateResult answer, ValueTask<string?> refusal)
    {
        if (await refusal is null) await Authenticated(http, answer);
        else await _full.Invoke(http);
    }

    /// <summary>What AuthenticationMiddleware leaves behind for a successful default scheme: the user and the result features.</summary>
    private Task Authenticated(HttpContext http, AuthenticateResult answer)
    {
        // The features carry the user (setting http.User first would make a feature only to replace it).
        var features = new AuthenticationFeatures(answer);
        http.Features.Set<IHttpAuthenticationFeature>(features);
        http.Features.Set<IAuthenticateResultFeature>(features);
        _cache.CountAnswered();
        return _next(http);
    }

    public static bool Applies(IAuthenticationSchemeProvider schemes, IServiceProvider services, JwtBearerOptions options, ValidatedTokenCache cache)
    {
        // The default providers answer synchronously; this runs once.
        var fallback = schemes.GetDefaultAuthenticateSchemeAsync().GetAwaiter().GetResult();
        if (fallback is not { Name: JwtBearerDefaults.AuthenticationScheme } || fallback.HandlerType != typeof(JwtBearerHandler)) return false;
        if (schemes.GetRequestHandlerSchemesAsync().GetAwaiter().GetResult().Any()) return false;
        using (var scope = services.CreateScope())
        {
            var provider = scope.ServiceProvider;
            if (provider.GetService<IClaimsTransformation>()?.GetType() != typeof(NoopClaimsTransformation)) return false;
            if (provider.GetService<IAuthenticationService>()?.GetType().Assembly != typeof(AuthenticationService).Assembly) return false;
            if (provider.GetService<IAuthenticationHandlerProvider>()?.GetType() != typeof(AuthenticationHandlerProvider)) return false;
        }
        var events = options.Events;
        return options.ForwardAuthenticate is null && options.ForwardDefault is null && options.ForwardDefaultSelector is null
            && options.EventsType is null && !options.SaveToken && !options.UseSecurityTokenValidators && options.ConfigurationManager is null
            && options.TokenHandlers.Count > 0 && options.TokenHandlers.All(h => h is CachingTokenHandler)
            && events?.GetType() == typeof(JwtBearerEvents)
            && ReferenceEquals(events.OnMessageReceived, cache.OnMessageReceived) && ReferenceEquals(events.OnTokenValidated, AccessTokens.OnTokenValidated);
    }

    /// <summary>As ASP.NET Core's own (internal) authentication features: setting the user forgets the result.</summary>
    private sealed class AuthenticationFeatures(AuthenticateResult result) : IAuthenticateResultFeature, IHttpAuthenticationFeature
    {
        private AuthenticateResult? _result = result;
        private ClaimsPrincipal? _user = result.Principal;

        public AuthenticateResult? AuthenticateResult
        {
            get => _result;
            set { _result = value; _user = value?.Principal; }
        }

        public ClaimsPrincipal? User
        {
            get => _user;
            set { _user = value; _result = null; }
        }
    }
}

public static class AccessTokenAuthenticationExtensions
{
    /// <summary>In place of <c>UseAuthentication()</c> (and marked as it, so the host does not add a second one).</summary>
    public static IApplicationBuilder UseAccessTokenAuthentication(this IApplicationBuilder app)
    {
        app.Properties["__AuthenticationMiddlewareSet"] = true;
        return app.UseMiddleware<AccessTokenAuthentication>();
    }
}
