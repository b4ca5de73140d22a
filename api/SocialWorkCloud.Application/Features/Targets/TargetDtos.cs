using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Targets;

namespace SocialWorkCloud.Application.Features.Targets;

public sealed record TargetDto(
    Guid Id, Guid ProvinceId, int Year, string IndicatorCode, FacilityGroup? FacilityGroup, Guid? FacilityId, string? FacilityName,
    decimal Value, DateTimeOffset UpdatedAt, Guid Version)
{
    /// <summary>A facility target's facility type (null for a group target).</summary>
    public FacilityType? FacilityType { get; init; }

    /// <summary>The group a facility target's facility belongs to, so the targets table filters facilities by group.</summary>
    public FacilityGroup? GroupOfFacility => FacilityType?.Group();
}

internal static class TargetRules
{
    /// <summary>A value fits the indicator's unit: a share 0–100, a count or VND whole and not above 10^13.</summary>
    public static bool FitsUnit(string? code, decimal value) => IndicatorCatalogue.Find(code) is not { } d || d.Unit switch
    {
        IndicatorUnit.Percent => value is >= 0 and <= 100,
        _ => value >= 0 && value <= Vnd.Max && value == decimal.Truncate(value),
    };

    /// <summary>The province the caller may manage targets of; anything else is not found.</summary>
    public static async Task EnsureProvinceAsync(AppDbContext db, ICurrentUser user, Guid provinceId, CancellationToken ct)
    {
        if (!await db.Provinces.AsNoTracking().ReadableForAggregates(user).AnyAsync(p => p.Id == provinceId, ct))
            throw new NotFoundException("Province", provinceId);
    }

    public static IQueryable<TargetDto> Project(AppDbContext db, IQueryable<IndicatorTarget> targets) =>
        targets.AsNoTracking().Select(t => new TargetDto(t.Id, t.ProvinceId, t.Year, t.IndicatorCode, t.FacilityGroup, t.FacilityId,
            db.Facilities.Where(f => f.Id == t.FacilityId).Select(f => f.Name).FirstOrDefault(), t.Value, t.UpdatedAt, t.Version)
        {
            FacilityType = db.Facilities.Where(f => f.Id == t.FacilityId).Select(f => (FacilityType?)f.Type).FirstOrDefault(),
        });
}
