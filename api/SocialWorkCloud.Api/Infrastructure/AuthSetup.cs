using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialWorkCloud.Application.Mail;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Persistence;

using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Api.Infrastructure;

public static class AuthSetup
{
    /// <summary>The Hangfire dashboard's cookie (a protected session reference, never a token): see JobsDashboardGate.</summary>
    public const string DashboardCookie = "swc_dashboard";

    public static IServiceCollection AddIdentityAndTokens(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JwtOptions>(configuration.GetSection(JwtOptions.Section));
        var jwt = configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();

        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // NIST SP 800-63B: length, not composition (PasswordRules adds the common-password list).
                o.Password.RequiredLength = PasswordRules.MinLength;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                // No lockout anyone could trigger against a known user: SignInThrottle slows guessing instead.
                o.Lockout.AllowedForNewUsers = false;
            })
            .AddEntityFrameworkStores<AppDbContext>();
        // PBKDF2's work factor (Identity's default, 100,000 iterations, unless Identity:PasswordHasher:IterationCount says
        // otherwise). Each hash records its own count, so a change applies to passwords set from then on. Only the test
        // hosts lower it (hundreds of users are made and signed in per run); production keeps the default.
        services.Configure<PasswordHasherOptions>(configuration.GetSection("Identity:PasswordHasher"));

        services.AddScoped<TokenService>();
        services.AddMemoryCache();
        services.Configure<SignInThrottleOptions>(configuration.GetSection(SignInThrottleOptions.Section));
        services.AddSingleton<SignInThrottle>();
        services.Configure<UserSessionOptions>(configuration.GetSection(UserSessionOptions.Section));
        services.AddSingleton<SessionRegistry>();
        services.AddScoped<Sessions>();
        // With Redis configured (RateLimitSetup registers the multiplexer), an ended session is announced to every replica.
        services.AddSingleton<RedisSessionSignals>();
        services.AddSingleton<ISessionSignals>(sp => sp.GetRequiredService<RedisSessionSignals>());
        services.AddHostedService(sp => sp.GetRequiredService<RedisSessionSignals>());
        // Invitation and reset links are protected with keys kept in the database (any replica reads them).
        services.AddDataProtection().SetApplicationName("SocialWorkCloud").PersistKeysToDbContext<AppDbContext>();
        services.Configure<AccountLinkOptions>(configuration.GetSection(AccountLinkOptions.Section));
        services.AddSingleton<AccountLinks>();
        services.AddScoped<AccountPasswords>();
        services.AddScoped<PortalAddress>();
        services.Configure<MfaOptions>(configuration.GetSection(MfaOptions.Section));
        services.AddScoped<Application.Features.Mfa.MfaAccounts>();
        services.AddScoped<Application.Features.Mfa.MfaSignInGuard>();
        services.AddScoped<DashboardTickets>();
        // Not IHttpContextAccessor (CurrentRequest says why): nothing may register it (HostingTests checks).
        services.AddScoped<CurrentRequest>();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                // Nothing reads the token back from the authentication properties (GetTokenAsync): not stored per request.
                o.SaveToken = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidIssuer = jwt.Issuer,
                    ValidateAudience = true,
                    ValidAudience = jwt.Audience,
                    ValidateLifetime = true,
                    RequireExpirationTime = true,
                    ValidateIssuerSigningKey = true,
                    // The current key and, during a rotation, the previous one (each named by its kid).
                    IssuerSigningKeys = TokenService.ValidationKeys(jwt),
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = "sub",
                    RoleClaimType = ClaimNames.Role,
                };
                o.Events = new JwtBearerEvents
                {
                    // The session check (and an API client's revocation); the remembered-token path runs the same check (AccessTokens).
                    OnTokenValidated = AccessTokens.OnTokenValidated,
                    OnChallenge = ctx =>
                    {
                        // Answer 401 as ProblemDetails like every other failure.
                        ctx.HandleResponse();
                        ctx.Response.Headers.WWWAuthenticate = "Bearer";
                        var code = ctx.AuthenticateFailure is null ? "token-required" : "token-invalid";
                        return ProblemDetailsExceptionHandler.WriteAsync(ctx.HttpContext, StatusCodes.Status401Unauthorized, code, TextCatalog.Get(code));
                    },
                };
            });
        // A token validated once is not parsed and verified again on every request (issue 19); see ValidatedTokenCache
        // for what is still checked each time. The session check above runs on every request either way.
        services.Configure<ValidatedTokenOptions>(configuration.GetSection(ValidatedTokenOptions.Section));
        services.AddSingleton<ValidatedTokenCache>();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<ValidatedTokenCache>((o, cache) =>
        {
            for (var i = 0; i < o.TokenHandlers.Count; i++)
            {
                if (o.TokenHandlers[i] is not CachingTokenHandler) o.TokenHandlers[i] = new CachingTokenHandler(o.TokenHandlers[i], cache);
            }
            // The token as the handler would cut it from the header, but the remembered string when there is one (ValidatedTokenCache.OnMessageReceived).
            o.Events.OnMessageReceived = cache.OnMessageReceived;
        });
        services.AddAuthorization();
        services.Replace(ServiceDescriptor.Singleton<IPolicyEvaluator, SignedInPolicyEvaluator>());
        // The endpoint middleware's per-request check that authorization ran for a protected endpoint (a mark in HttpContext.Items,
        // whose dictionary cost about 0.25 kB a request; issue 19) is off: authorization runs for every request in Program's fixed
        // pipeline, and AuthorizationCoverageTests send every protected route an anonymous request and expect its 401. The same
        // check for CORS and antiforgery metadata has nothing to find: no CORS, and the two form uploads disable antiforgery
        // (bearer tokens, no cookies).
        services.Configure<Microsoft.AspNetCore.Routing.RouteOptions>(o => o.SuppressCheckForUnhandledSecurityMetadata = true);
        // ASP.NET Core registers its result handler transient: stateless, so one instance instead of one per request.
        services.Replace(ServiceDescriptor.Singleton<IAuthorizationMiddlewareResultHandler, AuthorizationMiddlewareResultHandler>());
        return services;
    }
}

/// <summary>
/// The authorization middleware's policy evaluator. The policy every protected endpoint of this API has (RequireAuthorization():
/// a signed-in user, nothing else) is answered at once for a signed-in caller, as ASP.NET Core's own evaluation would answer it,
/// without building the authorization service, its handler context and its tasks per request (issue 19, about 1 kB a request).
/// That shortcut is taken only while the authorization services are ASP.NET Core's own and its pass-through handler is the only
/// handler (checked once): a handler registered later could refuse, so then everything goes the full way. Any other policy,
/// a policy naming schemes, and an anonymous caller (challenged as before) go to ASP.NET Core's <see cref="PolicyEvaluator"/>.
/// </summary>
public sealed class SignedInPolicyEvaluator(IServiceProvider services) : IPolicyEvaluator
{
    private static readonly Task<PolicyAuthorizationResult> Succeeded = Task.FromResult(PolicyAuthorizationResult.Success());
    private readonly Lazy<bool> _builtIn = new(() => OnlyBuiltInAuthorization(services));

    public Task<AuthenticateResult> AuthenticateAsync(AuthorizationPolicy policy, HttpContext context)
    {
        if (policy.AuthenticationSchemes.Count > 0) return Full(context).AuthenticateAsync(policy, context);
        // As PolicyEvaluator without schemes: the result authentication produced, else one from the request's user.
        var result = context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult
            ?? (context.User?.Identity?.IsAuthenticated ?? false
                ? AuthenticateResult.Success(new AuthenticationTicket(context.User, "context.User"))
                : AuthenticateResult.NoResult());
        return Task.FromResult(result);
    }

    public Task<PolicyAuthorizationResult> AuthorizeAsync(AuthorizationPolicy policy, AuthenticateResult authenticationResult, HttpContext context, object? resource)
    {
        ArgumentNullException.ThrowIfNull(policy);
        // DenyAnonymousAuthorizationRequirement succeeds when one of the user's identities is authenticated; the primary is one of them.
        if (OnlySignedIn(policy) && context.User?.Identity is { IsAuthenticated: true } && _builtIn.Value) return Succeeded;
        return Full(context).AuthorizeAsync(policy, authenticationResult, context, resource);
    }

    private static PolicyEvaluator Full(HttpContext context) => new(context.RequestServices.GetRequiredService<IAuthorizationService>());

    /// <summary>A policy whose every requirement (at least one) is "a signed-in user".</summary>
    internal static bool OnlySignedIn(AuthorizationPolicy policy)
    {
        var requirements = policy.Requirements;
        if (requirements.Count == 0) return false;
        for (var i = 0; i < requirements.Count; i++)
        {
            if (requirements[i].GetType() != typeof(DenyAnonymousAuthorizationRequirement)) return false;
        }
        return true;
    }

    /// <summary>ASP.NET Core's own authorization service, handler provider, context factory and evaluator, and only its pass-through handler.</summary>
    public static bool OnlyBuiltInAuthorization(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        static bool Own(object? service) => service?.GetType().Assembly.GetName().Name?.StartsWith("Microsoft.AspNetCore.Authorization", StringComparison.Ordinal) == true;
        return Own(provider.GetService<IAuthorizationService>()) && Own(provider.GetService<IAuthorizationHandlerProvider>())
            && Own(provider.GetService<IAuthorizationHandlerContextFactory>()) && Own(provider.GetService<IAuthorizationEvaluator>())
            && provider.GetServices<IAuthorizationHandler>().All(h => h.GetType() == typeof(PassThroughAuthorizationHandler));
    }
}

/// <summary>
/// Stands where <c>UseAuthorization()</c> stood. A signed-in caller of an endpoint whose only requirement is a signed-in user (the
/// plain <c>RequireAuthorization()</c> of every protected endpoint here) goes on at once: that is what ASP.NET Core's middleware
/// decides for it, through <see cref="SignedInPolicyEvaluator"/>, after a state machine, a task, a closure and a result handler
/// per request (issue 19, about 0.25 kB). It leaves no mark in HttpContext.Items for the endpoint middleware (its dictionary, about
/// 0.25 kB more): that check is off (<see cref="AuthSetup"/>), and every protected route's 401 to an anonymous caller is tested
/// instead (AuthorizationCoverageTests). Everything else — no endpoint, anonymous endpoints, roles, named policies, schemes,
/// requirements, an anonymous caller, a user set after authentication — goes to ASP.NET Core's <see cref="AuthorizationMiddleware"/>,
/// as does every request unless the authorization services are ASP.NET Core's own, the default policy is "a signed-in user" and
/// the evaluator is ours (checked once).
/// </summary>
public sealed class SignedInAuthorization
{
    private readonly RequestDelegate _next;
    private readonly AuthorizationMiddleware _full;
    private readonly Lazy<bool> _applies;

    public SignedInAuthorization(RequestDelegate next, IAuthorizationPolicyProvider policies, IServiceProvider services, ILogger<AuthorizationMiddleware> logger)
    {
        _next = next;
        _full = new AuthorizationMiddleware(next, policies, services, logger);
        _applies = new(() => Applies(policies, services));
    }

    public Task Invoke(HttpContext http)
    {
        var endpoint = http.GetEndpoint();
        if (endpoint is null || !OnlySignedIn(endpoint.Metadata) || http.User?.Identity is not { IsAuthenticated: true }
            // The result authentication produced (the middleware would store it again, unchanged); not there when the user was replaced.
            || http.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult is not { Succeeded: true } || !_applies.Value)
        {
            return _full.Invoke(http);
        }
        return _next(http);
    }

    /// <summary>Authorize data with no policy, roles or schemes (the default policy), and nothing else that adds to it or waives it.</summary>
    private static bool OnlySignedIn(EndpointMetadataCollection metadata)
    {
        var data = metadata.GetOrderedMetadata<IAuthorizeData>();
        if (data.Count == 0) return false;
        for (var i = 0; i < data.Count; i++)
        {
            var datum = data[i];
            if (!string.IsNullOrWhiteSpace(datum.Policy) || !string.IsNullOrWhiteSpace(datum.Roles) || !string.IsNullOrWhiteSpace(datum.AuthenticationSchemes)) return false;
        }
        return metadata.GetOrderedMetadata<AuthorizationPolicy>().Count == 0 && metadata.GetOrderedMetadata<IAuthorizationRequirementData>().Count == 0
            && metadata.GetMetadata<IAllowAnonymous>() is null;
    }

    private static bool Applies(IAuthorizationPolicyProvider policies, IServiceProvider services)
    {
        if (policies.GetType() != typeof(DefaultAuthorizationPolicyProvider)) return false;
        var policy = policies.GetDefaultPolicyAsync().GetAwaiter().GetResult();
        return policy.AuthenticationSchemes.Count == 0 && SignedInPolicyEvaluator.OnlySignedIn(policy)
            && services.GetService<IPolicyEvaluator>() is SignedInPolicyEvaluator
            && services.GetService<IAuthorizationMiddlewareResultHandler>()?.GetType() == typeof(AuthorizationMiddlewareResultHandler)
            && SignedInPolicyEvaluator.OnlyBuiltInAuthorization(services);
    }
}

public static class SignedInAuthorizationExtensions
{
    /// <summary>In place of <c>UseAuthorization()</c> (and marked as it, so the host does not add a second one).</summary>
    public static IApplicationBuilder UseSignedInAuthorization(this IApplicationBuilder app)
    {
        app.Properties["__AuthorizationMiddlewareSet"] = true;
        return app.UseMiddleware<SignedInAuthorization>();
    }
}
