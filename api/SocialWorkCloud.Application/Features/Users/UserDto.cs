using SocialWorkCloud.Application.Common.Security;

namespace SocialWorkCloud.Application.Features.Users;

public sealed record UserDto(Guid Id, string Email, string FullName, UserRole Role, Guid? FacilityId, Guid? ProvinceId, bool IsActive, DateTimeOffset CreatedAt);
