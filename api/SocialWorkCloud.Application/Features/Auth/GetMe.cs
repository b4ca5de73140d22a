using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;

namespace SocialWorkCloud.Application.Features.Auth;

public sealed record MeFacility(Guid Id, string Code, string Name, FacilityType Type, FacilityGroup Group);

public sealed record MeProvince(Guid Id, string Code, string Name);

public sealed record MeResponse(
    Guid Id, string? Email, string? FullName, UserRole? Role, bool IsApiClient,
    MeFacility? Facility, MeProvince? Province, IReadOnlyList<string> Permissions);

/// <summary>Who the caller is, where they belong, and what they may do (the SPA builds its menu from it).</summary>
[AnyAuthenticatedCaller]
public sealed record GetMe : IQuery<MeResponse>;

public sealed class GetMeHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<GetMe, MeResponse>
{
    public async ValueTask<MeResponse> Handle(GetMe query, CancellationToken cancellationToken)
    {
        var id = user.UserId ?? throw new UnauthenticatedException("authentication-required");
        string? email = null, name = null;
        if (!user.IsApiClient)
        {
            var account = await db.Users.AsNoTracking().Where(u => u.Id == id)
                .Select(u => new { u.Email, u.FullName }).SingleOrDefaultAsync(cancellationToken)
                ?? throw new UnauthenticatedException("account-gone");
            (email, name) = (account.Email, account.FullName);
        }
        else
        {
            name = await db.ApiClients.AsNoTracking().Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken);
        }

        var facility = user.FacilityId is { } fid
            ? await db.Facilities.AsNoTracking().Where(f => f.Id == fid)
                .Select(f => new { f.Id, f.Code, f.Name, f.Type, f.ProvinceId }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var provinceId = user.ProvinceId ?? facility?.ProvinceId;
        var province = provinceId is { } pid
            ? await db.Provinces.AsNoTracking().Where(p => p.Id == pid).Select(p => new MeProvince(p.Id, p.Code, p.Name)).SingleOrDefaultAsync(cancellationToken)
            : null;

        return new MeResponse(
            id, email, name, user.Role, user.IsApiClient,
            facility is null ? null : new MeFacility(facility.Id, facility.Code, facility.Name, facility.Type, facility.Type.Group()),
            province,
            Permissions.All.Where(user.HasPermission).ToArray());
    }
}
