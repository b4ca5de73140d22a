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
    // expression tree again each time. The statements are the same.
    private static readonly CompiledPerModel<Func<AppDbContext, Guid, CancellationToken, Task<Account?>>> AccountOf = new(() => EF.CompileAsyncQuery<AppDbContext, Guid, Account?>(
        (AppDbContext db, Guid id, CancellationToken ct) => db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new Account(u.Email, u.FullName)).SingleOrDefault()));

    private static readonly CompiledPerModel<Func<AppDbContext, Guid, CancellationToken, Task<string?>>> ClientNameOf = new(() => EF.CompileAsyncQuery<AppDbContext, Guid, string?>(
        (AppDbContext db, Guid id, CancellationToken ct) => db.ApiClients.AsNoTracking().Where(c => c.Id == id).Select(c => c.Name).SingleOrDefault()));

    private static readonly CompiledPerModel<Func<AppDbContext, Guid, CancellationToken, Task<FacilityRow?>>> FacilityOf = new(() => EF.CompileAsyncQuery<AppDbContext, Guid, FacilityRow?>(
        (AppDbContext db, Guid id, CancellationToken ct) => db.Facilities.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new FacilityRow(f.Id, f.Code, f.Name, f.Type, f.ProvinceId)).SingleOrDefault()));

    private static readonly CompiledPerModel<Func<AppDbContext, Guid, CancellationToken, Task<MeProvince?>>> ProvinceOf = new(() => EF.CompileAsyncQuery<AppDbContext, Guid, MeProvince?>(
        (AppDbContext db, Guid id, CancellationToken ct) => db.Provinces.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new MeProvince(p.Id, p.Code, p.Name)).SingleOrDefault()));

    private sealed record Account(string? Email, string? FullName);

    private sealed record FacilityRow(Guid Id, string Code, string Name, FacilityType Type, Guid ProvinceId);

    public async ValueTask<MeResponse> Handle(GetMe query, CancellationToken cancellationToken)
    {
        var id = user.UserId ?? throw new UnauthenticatedException("authentication-required");
        string? email = null, name = null;
        if (!user.IsApiClient)
        {
            var account = await AccountOf.For(db)(db, id, cancellationToken) ?? throw new UnauthenticatedException("account-gone");
            (email, name) = (account.Email, account.FullName);
        }
        else
        {
            name = await ClientNameOf.For(db)(db, id, cancellationToken);
        }

        var facility = user.FacilityId is { } fid ? await FacilityOf.For(db)(db, fid, cancellationToken) : null;
        var provinceId = user.ProvinceId ?? facility?.ProvinceId;
        var province = provinceId is { } pid ? await ProvinceOf.For(db)(db, pid, cancellationToken) : null;

        return new MeResponse(
            id, email, name, user.Role, user.IsApiClient,
            facility is null ? null : new MeFacility(facility.Id, facility.Code, facility.Name, facility.Type, facility.Type.Group()),
            province,
            Permissions.All.Where(user.HasPermission).ToArray());
    }
}
