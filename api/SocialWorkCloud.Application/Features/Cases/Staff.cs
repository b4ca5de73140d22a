using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Cases;

public static class Staff
{
    /// <summary>An assignee must be an active user of the caller's facility (another facility's user is "not found").</summary>
    public static async Task RequireStaffAsync(this AppDbContext db, ICurrentUser user, Guid userId, CancellationToken ct)
    {
        var facilityId = user.FacilityId;
        if (facilityId is null || !await db.Users.AnyAsync(u => u.Id == userId && u.FacilityId == facilityId && u.IsActive, ct))
        {
            throw new NotFoundException("User", userId);
        }
    }
}
