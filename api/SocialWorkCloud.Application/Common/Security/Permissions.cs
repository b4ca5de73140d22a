using System.Collections.Frozen;
using System.Reflection;

namespace SocialWorkCloud.Application.Common.Security;

/// <summary>
/// What a caller may do. Endpoints and requests require these, never role names. Each feature area
/// declares its own in <c>Features/&lt;Area&gt;/&lt;Area&gt;Permissions.cs</c> (this class is partial), with the
/// roles that hold each one (<see cref="GrantedToAttribute"/>) and the API-client scopes that carry it
/// (<see cref="ApiScopeAttribute"/>); <see cref="All"/> and <see cref="RolePermissions"/> are read from there.
/// </summary>
public static partial class Permissions
{
    [GrantedTo(UserRole.PlatformAdmin)]
    public const string JobsDashboard = "jobs.dashboard";

    /// <summary>Every permission, in a stable (ordinal) order.</summary>
    public static IReadOnlyList<string> All => Catalogue.Value.All;

    internal static Lazy<PermissionCatalogue> Catalogue { get; } = new(PermissionCatalogue.Read);
}

/// <summary>The roles that hold a permission.</summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false)]
public sealed class GrantedToAttribute(params UserRole[] roles) : Attribute
{
    public IReadOnlyList<UserRole> Roles { get; } = roles;
}

public enum ApiClientBinding
{
    Facility = 1,
    Province = 2,
}

/// <summary>An API-client scope ("read", "write") that carries a permission for clients bound to a facility or a province.</summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = true)]
public sealed class ApiScopeAttribute(string scope, ApiClientBinding binding) : Attribute
{
    public string Scope { get; } = scope;
    public ApiClientBinding Binding { get; } = binding;
}

internal sealed record PermissionCatalogue(
    IReadOnlyList<string> All,
    IReadOnlyDictionary<UserRole, string[]> ByRole,
    IReadOnlyDictionary<(string Scope, ApiClientBinding Binding), string[]> ByScope)
{
    /// <summary>Each role's permissions as a set, made once: every permission check of a request asks it.</summary>
    public required IReadOnlyDictionary<UserRole, FrozenSet<string>> GrantsByRole { get; init; }

    public static PermissionCatalogue Read()
    {
        var fields = typeof(Permissions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .OrderBy(f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal)
            .ToArray();
        var all = fields.Select(f => (string)f.GetRawConstantValue()!).ToArray();
        var byRole = Enum.GetValues<UserRole>().ToDictionary(role => role, role => fields
            .Where(f => f.GetCustomAttribute<GrantedToAttribute>()?.Roles.Contains(role) == true)
            .Select(f => (string)f.GetRawConstantValue()!).ToArray());
        var byScope = fields
            .SelectMany(f => f.GetCustomAttributes<ApiScopeAttribute>().Select(a => (Key: (a.Scope, a.Binding), Permission: (string)f.GetRawConstantValue()!)))
            .GroupBy(x => x.Key)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Permission).ToArray());
        return new PermissionCatalogue(all, byRole, byScope)
        {
            GrantsByRole = byRole.ToDictionary(r => r.Key, r => r.Value.ToFrozenSet(StringComparer.Ordinal)),
        };
    }
}

public enum UserRole
{
    PlatformAdmin = 1,
    ProvinceOfficer = 2,
    FacilityAdmin = 3,
    SocialWorker = 4,
    Collaborator = 5,
}

public static class RolePermissions
{
    public static IReadOnlyList<string> For(UserRole role) => Permissions.Catalogue.Value.ByRole[role];

    /// <summary>A role's permissions as a set shared by every caller of the role (permission checks).</summary>
    public static IReadOnlySet<string> GrantsOf(UserRole role) => Permissions.Catalogue.Value.GrantsByRole[role];

    /// <summary>Third-party clients: "read" and "write" scopes, bound to a facility or a province.</summary>
    public static IReadOnlySet<string> ForApiClient(bool provinceBound, IEnumerable<string> scopes)
    {
        var binding = provinceBound ? ApiClientBinding.Province : ApiClientBinding.Facility;
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scope in scopes)
        {
            if (Permissions.Catalogue.Value.ByScope.TryGetValue((scope, binding), out var granted)) set.UnionWith(granted);
        }
        return set;
    }

    /// <summary>Roles a user holding a role may grant: a facility admin staffs its own facility only.</summary>
    public static IReadOnlyList<UserRole> AssignableBy(UserRole role) => role switch
    {
        UserRole.PlatformAdmin => Enum.GetValues<UserRole>(),
        UserRole.FacilityAdmin => [UserRole.FacilityAdmin, UserRole.SocialWorker, UserRole.Collaborator],
        _ => [],
    };
}
