using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using SocialWorkCloud.Application.Common.Security;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>
/// The caller as described by the validated access token. Outside a request (jobs) nobody is signed in.
/// The claims are read once per principal (issue 19): the authorisation behaviour, the tenant filter of every query,
/// the visibility rules and the request log all ask, and each answer used to search the claims again (a GET /me made
/// about 170 claim searches). A new principal on the request (authentication replaces the anonymous one) is read afresh.
/// </summary>
public sealed class HttpCurrentUser(CurrentRequest request) : ICurrentUser
{
    /// <summary>What a remembered token's shared claims say (ValidatedTokenCache), read once for every request that sends it.</summary>
    private static readonly ConditionalWeakTable<FrozenClaimsIdentity, Caller> Shared = new();

    private ClaimsPrincipal? _principal;
    private Caller _caller = Caller.Nobody;

    private Caller Current
    {
        get
        {
            var principal = request.Http?.User;
            if (ReferenceEquals(_principal, principal)) return _caller;
            var caller = principal is null ? Caller.Nobody : CallerOf(principal);
            _principal = principal;
            return _caller = caller;
        }
    }

    /// <summary>
    /// The API client, session and user ids of a principal authentication just validated (the session check of every request
    /// reads them): a remembered token's shared identity is read once.
    /// </summary>
    internal static (string? ClientId, Guid? SessionId, Guid? UserId) TokenIdsOf(ClaimsPrincipal principal)
    {
        var caller = CallerOf(principal);
        return (caller.ClientId, caller.SessionId, caller.UserId);
    }

    private static Caller CallerOf(ClaimsPrincipal principal) => OnlyIdentity(principal) is { } frozen
        ? Shared.GetValue(frozen, static f => new Caller(new ClaimsPrincipal(f)))
        : new Caller(principal);

    /// <summary>The frozen identity when it is all the principal holds (its claims are then all the principal's).</summary>
    private static FrozenClaimsIdentity? OnlyIdentity(ClaimsPrincipal principal) =>
        principal.GetType() == typeof(ClaimsPrincipal) && principal.Identities is ICollection<ClaimsIdentity> { Count: 1 } && principal.Identity is FrozenClaimsIdentity frozen
            ? frozen
            : null;

    public bool IsAuthenticated => Current.IsAuthenticated;

    public Guid? UserId => Current.UserId;

    public UserRole? Role => Current.Role;

    public bool IsApiClient => Current.IsApiClient;

    public Guid? FacilityId => Current.FacilityId;

    public Guid? ProvinceId => Current.ProvinceId;

    public Guid? SessionId => Current.SessionId;

    public bool IsPlatformAdmin => Current.IsAuthenticated && Current.Role == UserRole.PlatformAdmin;

    public bool HasPermission(string permission) => Current.Grants?.Contains(permission) == true;

    /// <summary>The request log's user and facility values, made once per principal (shared by the requests of a remembered token).</summary>
    internal (Serilog.Events.ScalarValue UserId, Serilog.Events.ScalarValue FacilityId) LogValues()
    {
        var caller = Current;
        var ids = caller.LogIds ??= new CallerLogIds(RequestLogMiddleware.Value(caller.UserId), RequestLogMiddleware.Value(caller.FacilityId));
        return (ids.UserId, ids.FacilityId);
    }

    private sealed record CallerLogIds(Serilog.Events.ScalarValue UserId, Serilog.Events.ScalarValue FacilityId);

    /// <summary>What one principal says, read once.</summary>
    private sealed class Caller
    {
        public static readonly Caller Nobody = new(null);

        private IReadOnlySet<string>? _grants;

        public CallerLogIds? LogIds { get; set; }

        public Caller(ClaimsPrincipal? principal)
        {
            Principal = principal;
            IsAuthenticated = principal?.Identity?.IsAuthenticated == true;
            ClientId = IsAuthenticated ? principal!.FindFirstValue(ClaimNames.ClientId) : null;
            IsApiClient = ClientId is not null;
            Role = Enum.TryParse<UserRole>(principal?.FindFirstValue(ClaimNames.Role), out var role) && !IsApiClient ? role : null;
            if (!IsAuthenticated) return;
            UserId = GuidClaim(principal!, "sub");
            FacilityId = GuidClaim(principal!, ClaimNames.FacilityId);
            ProvinceId = GuidClaim(principal!, ClaimNames.ProvinceId);
            SessionId = GuidClaim(principal!, ClaimNames.SessionId);
        }

        public ClaimsPrincipal? Principal { get; }
        public bool IsAuthenticated { get; }
        public bool IsApiClient { get; }
        public string? ClientId { get; }
        public UserRole? Role { get; }
        public Guid? UserId { get; }
        public Guid? FacilityId { get; }
        public Guid? ProvinceId { get; }
        public Guid? SessionId { get; }

        /// <summary>The permissions the caller holds (null: none, not signed in); a role's set is shared by every caller of that role.</summary>
        public IReadOnlySet<string>? Grants
        {
            get
            {
                if (!IsAuthenticated) return null;
                if (_grants is { } grants) return grants;
                if (IsApiClient)
                {
                    var scopes = (Principal!.FindFirstValue(ClaimNames.Scope) ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    grants = RolePermissions.ForApiClient(FacilityId is null && ProvinceId is not null, scopes);
                }
                else
                {
                    grants = Role is { } role ? RolePermissions.GrantsOf(role) : FrozenSet<string>.Empty;
                }
                return _grants = grants;
            }
        }

        private static Guid? GuidClaim(ClaimsPrincipal principal, string type) =>
            Guid.TryParse(principal.FindFirstValue(type), out var id) ? id : null;
    }
}

public static class CurrentRequestSetup
{
    /// <summary>First in the pipeline, so that every service of the request's scope sees the request (HttpCurrentUser, HttpRequestOrigin, PortalAddress).</summary>
    public static IApplicationBuilder UseCurrentRequest(this IApplicationBuilder app) => app.Use(static (http, next) =>
    {
        http.RequestServices.GetRequiredService<CurrentRequest>().Http = http;
        return next(http);
    });
}
