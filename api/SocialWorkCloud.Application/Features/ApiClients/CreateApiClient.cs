using System.Security.Cryptography;
using FluentValidation;
using SocialWorkCloud.Application.Common.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Application.Common;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.ApiClients;

/// <summary>
/// Registers a third-party system (a hospital information system, the province's reporting portal).
/// A facility admin binds it to its facility; a platform admin to a facility or a province.
/// </summary>
[RequiresPermission(Permissions.ApiClientsManage)]
public sealed record CreateApiClient(string Name, IReadOnlyList<string> Scopes, Guid? FacilityId, Guid? ProvinceId) : ICommand<CreatedApiClient>;

public sealed class CreateApiClientValidator : AbstractValidator<CreateApiClient>
{
    private static readonly string[] KnownScopes = ["read", "write"];

    public CreateApiClientValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Scopes).NotEmpty().ItemCount(1, KnownScopes.Length);
        RuleForEach(x => x.Scopes).MaximumLength(KnownScopes.Max(s => s.Length));
        RuleForEach(x => x.Scopes).Must(s => KnownScopes.Contains(s)).WithMessage("Scopes are 'read' and 'write'.");
        RuleFor(x => x).Must(x => x.FacilityId is null || x.ProvinceId is null)
            .WithName("binding").WithMessage("A client is bound to one facility or one province, not both.");
    }
}

public sealed class CreateApiClientHandler(AppDbContext db, ICurrentUser caller, TimeProvider clock) : ICommandHandler<CreateApiClient, CreatedApiClient>
{
    public async ValueTask<CreatedApiClient> Handle(CreateApiClient command, CancellationToken cancellationToken)
    {
        Guid? facilityId = command.FacilityId, provinceId = command.ProvinceId;
        if (!caller.IsPlatformAdmin)
        {
            if (provinceId is not null) throw new ForbiddenException("province-binding-platform-only");
            facilityId = caller.FacilityId ?? throw new ForbiddenException("facility-admin-creates-clients");
        }
        if (facilityId is null && provinceId is null)
        {
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("binding", TextCatalog.Get("client-binding-required")) { ErrorCode = "client-binding-required" }]);
        }
        if (facilityId is { } f && !await db.Facilities.VisibleTo(caller).AnyAsync(x => x.Id == f, cancellationToken)) throw new NotFoundException("Facility", f);
        if (provinceId is { } p && !await db.Provinces.AnyAsync(x => x.Id == p, cancellationToken)) throw new NotFoundException("Province", p);

        var secret = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var client = new ApiClient
        {
            Id = Guid.NewGuid(),
            ClientId = "swc_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(10)).ToLowerInvariant(),
            SecretHash = TokenService.Hash(secret),
            Name = command.Name.Trim(),
            FacilityId = facilityId,
            ProvinceId = provinceId,
            Scopes = string.Join(' ', command.Scopes.Distinct().Order()),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = caller.UserId,
        };
        db.ApiClients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiClient(client.ToDto(await db.NamesAsync([client], cancellationToken)), secret);
    }
}

internal static class ApiClientMapping
{
    public static ApiClientDto ToDto(this ApiClient c, MembershipNames names) => new(
        c.Id, c.ClientId, c.Name, c.FacilityId, names.Facility(c.FacilityId), c.ProvinceId, names.Province(c.ProvinceId),
        c.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries), c.CreatedAt, c.RevokedAt, c.LastUsedAt);

    public static Task<MembershipNames> NamesAsync(this AppDbContext db, IReadOnlyCollection<ApiClient> clients, CancellationToken ct) =>
        MembershipNames.LoadAsync(db, clients.Select(c => c.FacilityId), clients.Select(c => c.ProvinceId), ct);
}
