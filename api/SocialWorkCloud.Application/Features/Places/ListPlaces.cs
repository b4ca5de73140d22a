using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Places;

public sealed record PlaceProvinceDto(string Code, string Name, string Kind);

public sealed record PlaceCommuneDto(string Code, string ProvinceCode, string Name, string Kind);

/// <summary>The 34 provinces of the 2025 reform, by name.</summary>
[RequiresPermission(Permissions.PlacesRead)]
public sealed record ListPlaceProvinces : IQuery<IReadOnlyList<PlaceProvinceDto>>;

public sealed class ListPlaceProvincesHandler(AppDbContext db) : IQueryHandler<ListPlaceProvinces, IReadOnlyList<PlaceProvinceDto>>
{
    public async ValueTask<IReadOnlyList<PlaceProvinceDto>> Handle(ListPlaceProvinces query, CancellationToken cancellationToken) =>
        await db.PlaceProvinces.AsNoTracking().OrderBy(p => p.SearchName)
            .Select(p => new PlaceProvinceDto(p.Code, p.Name, p.Kind)).ToListAsync(cancellationToken);
}

/// <summary>The communes of a province, or found by name across all; the search ignores accents and case.</summary>
[RequiresPermission(Permissions.PlacesRead)]
public sealed record ListPlaceCommunes(string? Province, string? Search, int Limit) : IQuery<IReadOnlyList<PlaceCommuneDto>>;

public sealed class ListPlaceCommunesValidator : AbstractValidator<ListPlaceCommunes>
{
    public ListPlaceCommunesValidator()
    {
        RuleFor(x => x.Province).MaximumLength(8);
        RuleFor(x => x.Search).MaximumLength(200);
        RuleFor(x => x.Limit).InclusiveBetween(1, 500);
    }
}

public sealed class ListPlaceCommunesHandler(AppDbContext db) : IQueryHandler<ListPlaceCommunes, IReadOnlyList<PlaceCommuneDto>>
{
    public async ValueTask<IReadOnlyList<PlaceCommuneDto>> Handle(ListPlaceCommunes query, CancellationToken cancellationToken)
    {
        var communes = db.PlaceCommunes.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Province))
        {
            var code = query.Province.Trim();
            communes = communes.Where(c => c.ProvinceCode == code);
        }
        var search = VietnameseText.Fold(query.Search);
        if (search.Length > 0)
        {
            communes = communes.Where(c => c.SearchName.Contains(search) || c.Code == search);
        }
        return await communes.OrderBy(c => c.SearchName).Take(query.Limit)
            .Select(c => new PlaceCommuneDto(c.Code, c.ProvinceCode, c.Name, c.Kind)).ToListAsync(cancellationToken);
    }
}

/// <summary>The one check every address with a commune code goes through.</summary>
public static class PlaceRules
{
    /// <summary>The commune of <paramref name="code"/> (null when none is given); an unknown code is a 422 <c>commune-unknown</c>.</summary>
    public static async Task<PlaceCommuneDto?> CommuneAsync(AppDbContext db, string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var trimmed = code.Trim();
        return await db.PlaceCommunes.AsNoTracking().Where(c => c.Code == trimmed)
                .Select(c => new PlaceCommuneDto(c.Code, c.ProvinceCode, c.Name, c.Kind)).SingleOrDefaultAsync(ct)
            ?? throw new Common.Exceptions.BusinessRuleException("commune-unknown", trimmed);
    }
}
