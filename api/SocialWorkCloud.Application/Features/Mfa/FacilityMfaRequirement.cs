using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Auditing;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
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
/// The facility admin requires MFA of every user of the facility (or stops requiring it). Users without MFA enrol at
/// their next sign-in; sessions already running go on until then.
/// </summary>
[RequiresPermission(Permissions.FacilityMfaManage)]
public sealed record SetFacilityMfaRequirement(bool Required) : ICommand<FacilityMfaRequirement>;

public sealed class SetFacilityMfaRequirementValidator : AbstractValidator<SetFacilityMfaRequirement>
{
    public SetFacilityMfaRequirementValidator() => RuleFor(x => x.Required).NotNull();
}

public sealed class SetFacilityMfaRequirementHandler(AppDbContext db, ICurrentUser caller, TimeProvider clock)
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
