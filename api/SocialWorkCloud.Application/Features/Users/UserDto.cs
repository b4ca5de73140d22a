using SocialWorkCloud.Application.Common;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Users;

public sealed record UserDto(
    Guid Id, string Email, string FullName, UserRole Role, Guid? FacilityId, string? FacilityName, Guid? ProvinceId, string? ProvinceName,
    bool IsActive, DateTimeOffset CreatedAt,
    // Invited and not yet set a password (cannot sign in yet).
    bool InvitationPending, DateTimeOffset? InvitedAt, string Language);

internal static class UserMapping
{
    public static UserDto ToDto(this AppUser u, MembershipNames names) => new(
        u.Id, u.Email!, u.FullName, u.Role, u.FacilityId, names.Facility(u.FacilityId), u.ProvinceId, names.Province(u.ProvinceId),
        u.IsActive, u.CreatedAt, u.IsInvitationPending, u.InvitedAt, u.Language);

    public static Task<MembershipNames> NamesAsync(this AppDbContext db, IReadOnlyCollection<AppUser> users, CancellationToken ct) =>
        MembershipNames.LoadAsync(db, users.Select(u => u.FacilityId), users.Select(u => u.ProvinceId), ct);
}
