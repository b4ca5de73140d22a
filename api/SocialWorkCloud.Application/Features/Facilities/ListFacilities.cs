using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Paging;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Facilities;

/// <summary>The facility registry the caller may see, filtered and paged. The name search ignores diacritics.</summary>
[RequiresPermission(Permissions.FacilitiesRead)]
public sealed record ListFacilities(
    Guid? ProvinceId = null, FacilityType? Type = null, FacilityGroup? Group = null, UnitStatus? UnitStatus = null,
    string? Search = null, int Page = 1, int PageSize = 25) : IQuery<PagedList<FacilitySummary>>;

public sealed class ListFacilitiesValidator : AbstractValidator<ListFacilities>
{
    public ListFacilitiesValidator()
    {
        RuleFor(x => x.Type).IsInEnum();
        RuleFor(x => x.Group).IsInEnum();
        RuleFor(x => x.UnitStatus).IsInEnum();
        RuleFor(x => x.Search).MaximumLength(200);
        RuleFor(x => x.Page).InclusiveBetween(1, 100_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}

public sealed class ListFacilitiesHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListFacilities, PagedList<FacilitySummary>>
{
    public async ValueTask<PagedList<FacilitySummary>> Handle(ListFacilities query, CancellationToken cancellationToken)
    {
        var today = VietnamClock.Today(clock);
        var facilities = db.Facilities.AsNoTracking().VisibleTo(user);
        if (query.ProvinceId is { } provinceId) facilities = facilities.Where(f => f.ProvinceId == provinceId);
        if (query.Type is { } type) facilities = facilities.Where(f => f.Type == type);
        if (query.Group is { } group)
        {
            var types = FacilityTypeExtensions.TypesOf(group);
            facilities = facilities.Where(f => types.Contains(f.Type));
        }
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var folded = VietnameseText.Fold(query.Search);
            facilities = facilities.Where(f => f.SearchName.Contains(folded) || f.Code.ToLower().Contains(folded));
        }

        var withStatus = UnitStatusQueries.WithStatusOn(db, facilities, today);
        if (query.UnitStatus is { } status) withStatus = withStatus.Where(x => x.Status == status);

        var total = await withStatus.CountAsync(cancellationToken);
        var rows = await withStatus
            .OrderBy(x => x.Facility.SortName).ThenBy(x => x.Facility.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(x => new
            {
                x.Facility.Id, x.Facility.ProvinceId, x.Facility.Code, x.Facility.Name, x.Facility.Type, x.Facility.Ownership,
                x.Facility.CommuneWard, x.Facility.MedicalStaffCount, x.Status, x.Since, x.Facility.HospitalLevel,
            })
            .ToListAsync(cancellationToken);

        var items = rows.Select(r => new FacilitySummary(
            r.Id, r.ProvinceId, r.Code, r.Name, r.Type, r.Type.Group(), r.Ownership, r.CommuneWard, r.MedicalStaffCount, r.Status, r.Since, r.HospitalLevel)).ToList();
        return new PagedList<FacilitySummary>(items, query.Page, query.PageSize, total);
    }
}
