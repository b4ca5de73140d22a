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
    // Compiled once per model (issue 19, CompiledPerModel): every app start and page load asks, and a LINQ query would build and parameterise its
    // expression tree again each time. A user's account, facility and province are one statement (issue 19: one round trip and one
    // query's machinery instead of three); the facility and the province are left joins, so a missing one is null as before.
    private static readonly CompiledPerModel<Func<AppDbContext, Guid, Guid?, Guid?, CancellationToken, Task<UserRow?>>> UserOf = new(() =>
        EF.CompileAsyncQuery<AppDbContext, Guid, Guid?, Guid?, UserRow?>((AppDbContext db, Guid id, Guid? facilityId, Guid? provinceId, CancellationToken ct) => (
            from u in db.Users.AsNoTracking()
            where u.Id == id
            join f in db.Facilities.AsNoTracking() on facilityId equals (Guid?)f.Id into facilities
            from f in facilities.DefaultIfEmpty()
            join p in db.Provinces.AsNoTracking() on provinceId ?? (Guid?)f!.ProvinceId equals (Guid?)p.Id into provinces
            from p in provinces.DefaultIfEmpty()
            select new UserRow(u.Email, u.FullName, (Guid?)f!.Id, f.Code, f.Name, (FacilityType?)f.Type, (Guid?)p!.Id, p.Code, p.Name)).SingleOrDefault()));

    private static readonly CompiledPerModel<Func<AppDbContext, Guid, CancellationToken, Task<string?>>> ClientNameOf = new(() => EF.CompileAsyncQuery<AppDbContext, Guid, string?>(
        (AppDbContext db, Guid id, CancellationToken ct) => db.ApiClients.AsNoTracking().Where(c => c.Id == id).Select(c => c.Name).SingleOrDefault()));

    private static readonly CompiledPerModel<Func<AppDbContext, Guid, CancellationToken, Task<FacilityRow?>>> FacilityOf = new(() => EF.CompileAsyncQuery<AppDbContext, Guid, FacilityRow?>(
        (AppDbContext db, Guid id, CancellationToken ct) => db.Facilities.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new FacilityRow(f.Id, f.Code, f.Name, f.Type, f.ProvinceId)).SingleOrDefault()));

    private static readonly CompiledPerModel<Func<AppDbContext, Guid, CancellationToken, Task<MeProvince?>>> ProvinceOf = new(() => EF.CompileAsyncQuery<AppDbContext, Guid, MeProvince?>(
        (AppDbContext db, Guid id, CancellationToken ct) => db.Provinces.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new MeProvince(p.Id, p.Code, p.Name)).SingleOrDefault()));

    private sealed record UserRow(string? Email, string? FullName, Guid? FacilityId, string? FacilityCode, string? FacilityName, FacilityType? FacilityType,
        Guid? ProvinceId, string? ProvinceCode, string? ProvinceName);

    private sealed record FacilityRow(Guid Id, string Code, string Name, FacilityType Type, Guid ProvinceId);

    public async ValueTask<MeResponse> Handle(GetMe query, CancellationToken cancellationToken)
    {
        var id = user.UserId ?? throw new UnauthenticatedException("authentication-required");
        if (!user.IsApiClient)
        {
            var row = await UserOf.For(db)(db, id, user.FacilityId, user.ProvinceId, cancellationToken) ?? throw new UnauthenticatedException("account-gone");
            return new MeResponse(
                id, row.Email, row.FullName, user.Role, false,
                row is { FacilityId: { } fid, FacilityType: { } type } ? new MeFacility(fid, row.FacilityCode!, row.FacilityName!, type, type.Group()) : null,
                row.ProvinceId is { } pid ? new MeProvince(pid, row.ProvinceCode!, row.ProvinceName!) : null,
                // A user's permissions are the role's, in the catalogue's order: the role's shared list, not a new one per request.
                user.Role is { } role ? RolePermissions.For(role) : []);
        }

        var name = await ClientNameOf.For(db)(db, id, cancellationToken);
        var facility = user.FacilityId is { } clientFacility ? await FacilityOf.For(db)(db, clientFacility, cancellationToken) : null;
        var provinceId = user.ProvinceId ?? facility?.ProvinceId;
        var province = provinceId is { } clientProvince ? await ProvinceOf.For(db)(db, clientProvince, cancellationToken) : null;

        return new MeResponse(
            id, null, name, user.Role, true,
            facility is null ? null : new MeFacility(facility.Id, facility.Code, facility.Name, facility.Type, facility.Type.Group()),
            province,
            Permissions.All.Where(user.HasPermission).ToArray());
    }
}
