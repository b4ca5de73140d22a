using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Counselling;

namespace SocialWorkCloud.Application.Features.Cases;

public sealed record FacilityCaseFigures(
    Guid FacilityId, string FacilityName, int CasesOpened, int CasesClosed, int OpenCases, int ChildrenInSpecialCircumstancesSupported,
    int CounsellingSessions);

public sealed record ProvinceCaseFigures(DateOnly From, DateOnly To, IReadOnlyList<FacilityCaseFigures> Facilities);

/// <summary>Case-management aggregates per facility of a province, for its officers: counts only, never a record.</summary>
[RequiresPermission(Permissions.CasesFiguresProvince)]
public sealed record GetProvinceCaseFigures(Guid ProvinceId, DateOnly? From = null, DateOnly? To = null) : IQuery<ProvinceCaseFigures>;

public sealed class GetProvinceCaseFiguresValidator : AbstractValidator<GetProvinceCaseFigures>
{
    public GetProvinceCaseFiguresValidator() =>
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
}

public sealed class GetProvinceCaseFiguresHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetProvinceCaseFigures, ProvinceCaseFigures>
{
    public async ValueTask<ProvinceCaseFigures> Handle(GetProvinceCaseFigures query, CancellationToken cancellationToken)
    {
        if (!await db.Provinces.ReadableForAggregates(user).AnyAsync(p => p.Id == query.ProvinceId, cancellationToken))
            throw new NotFoundException("Province", query.ProvinceId);
        var to = query.To ?? VietnamClock.Today(clock);
        var from = query.From ?? new DateOnly(to.Year, 1, 1);
        var facilityIds = db.Facilities.Where(f => f.ProvinceId == query.ProvinceId).Select(f => f.Id);
        var cases = db.AcrossFacilities<Case>(facilityIds);

        var opened = await Count(cases.Where(c => c.OpenedOn >= from && c.OpenedOn <= to).GroupBy(c => c.FacilityId));
        var closed = await Count(cases.Where(c => c.ClosedOn != null && c.ClosedOn >= from && c.ClosedOn <= to).GroupBy(c => c.FacilityId));
        var open = await Count(cases.Where(c => c.Stage != CaseStage.Closed).GroupBy(c => c.FacilityId));
        var childrenSupported = await Count(db.AcrossFacilities<Client>(facilityIds).ChildrenSupported(cases, from, to).GroupBy(c => c.FacilityId));
        var sessions = await Count(db.AcrossFacilities<CounsellingSession>(facilityIds).Where(s => s.HeldOn >= from && s.HeldOn <= to).GroupBy(s => s.FacilityId));

        var facilities = await db.Facilities.AsNoTracking().Where(f => f.ProvinceId == query.ProvinceId).OrderBy(f => f.SortName)
            .Select(f => new { f.Id, f.Name }).ToListAsync(cancellationToken);
        var rows = facilities
            .Select(f => new FacilityCaseFigures(f.Id, f.Name, opened.GetValueOrDefault(f.Id), closed.GetValueOrDefault(f.Id), open.GetValueOrDefault(f.Id),
                childrenSupported.GetValueOrDefault(f.Id), sessions.GetValueOrDefault(f.Id)))
            .Where(r => r.CasesOpened + r.CasesClosed + r.OpenCases + r.CounsellingSessions > 0)
            .ToList();
        return new ProvinceCaseFigures(from, to, rows);

        Task<Dictionary<Guid, int>> Count<T>(IQueryable<IGrouping<Guid, T>> groups) =>
            groups.Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
    }
}
