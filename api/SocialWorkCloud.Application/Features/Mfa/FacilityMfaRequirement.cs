using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Auditing;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Mfa;

/// <summary>Whether the caller's facility requires MFA of its users, and how many active users have not set it up yet.</summary>
public sealed record FacilityMfaRequirement(Guid FacilityId, bool Required, int ActiveUsers, int UsersWithoutMfa);

/// <summary>The facility admin's MFA requirement for the facility's users.</summary>
[RequiresPermission(Permissions.FacilityMfaManage)]
public sealed record GetFacilityMfaRequirement : IQuery<FacilityMfaRequirement>;

public sealed class GetFacilityMfaRequirementHandler(AppDbContext db, ICurrentUser caller) : IQueryHandler<GetFacilityMfaRequirement, FacilityMfaRequirement>
{
    public async ValueTask<FacilityMfaRequirement> Handle(GetFacilityMfaRequirement query, CancellationToken cancellationToken) =>
        await FacilityMfa.ReadAsync(db, FacilityMfa.FacilityOf(caller), cancellationToken);
}

/// <summary>
/// The facility admin requires MFA of every user of the facility (or stops requiring it). The live sessions of users who
/// have not set MFA up end at once, so nobody keeps working on a password alone until a token expires; they enrol at
/// their next sign-in. The admin's own session goes on (they just made the decision and enrol at their next sign-in).
/// </summary>
[RequiresPermission(Permissions.FacilityMfaManage)]
public sealed record SetFacilityMfaRequirement(bool Required) : ICommand<FacilityMfaRequirement>;

public sealed class SetFacilityMfaRequirementValidator : AbstractValidator<SetFacilityMfaRequirement>
{
    public SetFacilityMfaRequirementValidator() => RuleFor(x => x.Required).NotNull();
}

public sealed class SetFacilityMfaRequirementHandler(AppDbContext db, ICurrentUser caller, TimeProvider clock, Sessions sessions)
    : ICommandHandler<SetFacilityMfaRequirement, FacilityMfaRequirement>
{
    public async ValueTask<FacilityMfaRequirement> Handle(SetFacilityMfaRequirement command, CancellationToken cancellationToken)
    {
        var facilityId = FacilityMfa.FacilityOf(caller);
        var facility = await db.Facilities.SingleAsync(f => f.Id == facilityId, cancellationToken);
        if (facility.RequireMfa != command.Required)
        {
            facility.RequireMfa = command.Required;
            db.Audit(caller, clock, command.Required ? "facility.mfa-required" : "facility.mfa-not-required", "facility", facilityId);
            await db.SaveChangesAsync(cancellationToken);
            if (command.Required)
            {
                var withoutMfa = await db.Users.Where(u => u.FacilityId == facilityId && u.MfaEnabledAt == null).Select(u => u.Id).ToListAsync(cancellationToken);
                await sessions.EndAllOfUsersAsync(withoutMfa, caller.SessionId, "facility requires mfa", cancellationToken);
            }
        }
        return await FacilityMfa.ReadAsync(db, facilityId, cancellationToken);
    }
}

internal static class FacilityMfa
{
    public static Guid FacilityOf(ICurrentUser caller) =>
        caller.FacilityId is { } f && !caller.IsApiClient ? f : throw new ForbiddenException("mfa-requirement-facility-only");

    public static async Task<FacilityMfaRequirement> ReadAsync(AppDbContext db, Guid facilityId, CancellationToken ct)
    {
        var required = await db.Facilities.Where(f => f.Id == facilityId).Select(f => f.RequireMfa).SingleAsync(ct);
        var users = db.Users.Where(u => u.FacilityId == facilityId && u.IsActive);
        return new FacilityMfaRequirement(facilityId, required, await users.CountAsync(ct),
            await users.CountAsync(u => u.MfaEnabledAt == null, ct));
    }
}
