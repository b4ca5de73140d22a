using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Features.Training;
using SocialWorkCloud.Application.Features.Workforce;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Charity;
using SocialWorkCloud.Domain.Communication;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Reception;

namespace SocialWorkCloud.Application.Features.ActivityAggregates;

/// <summary>One facility's figures for a year: counts and shares only, never the records behind them.</summary>
public sealed record FacilityActivityFigures(
    Guid FacilityId, string FacilityName, FacilityType FacilityType, int ReceptionContacts, int CommunicationItems, int CommunicationAudience,
    int CharityActivities, int CharityBeneficiaries, long CharityValueVnd, int Staff, int CertifiedStaff, int PractisingWithout,
    int NeedOneByDeadline, int ExpiringSoon, int MedicalStaffCount, int MedicalStaffTrained, decimal? MedicalStaffTrainedPercent,
    decimal? CertifiedPercent, decimal? HoursPerPerson);

public sealed record MonthTotal(int Month, int ReceptionContacts, int CommunicationItems, int CharityActivities);

public sealed record ChannelTotal(CommunicationChannel Channel, int Items);

/// <summary>The province's view of daily activities and the workforce: per facility, the totals (shares recomputed from the summed counts) and monthly series for the charts.</summary>
public sealed record ProvinceActivities(
    Guid ProvinceId, int Year, DateOnly AsOf, FacilityActivityFigures Totals, IReadOnlyList<FacilityActivityFigures> Facilities,
    IReadOnlyList<MonthTotal> Months, IReadOnlyList<ChannelTotal> Channels);

[RequiresPermission(Permissions.ActivitiesReadProvince)]
public sealed record GetProvinceActivities(Guid ProvinceId, int? Year = null) : IQuery<ProvinceActivities>;

public sealed class GetProvinceActivitiesValidator : AbstractValidator<GetProvinceActivities>
{
    public GetProvinceActivitiesValidator() => RuleFor(x => x.Year).InclusiveBetween(2000, 2050);
}

public sealed class GetProvinceActivitiesHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetProvinceActivities, ProvinceActivities>
{
    public async ValueTask<ProvinceActivities> Handle(GetProvinceActivities query, CancellationToken cancellationToken)
    {
        if (!await db.Provinces.AsNoTracking().ReadableForAggregates(user).AnyAsync(p => p.Id == query.ProvinceId, cancellationToken))
        {
            throw new NotFoundException("Province", query.ProvinceId);
        }
        var today = VietnamClock.Today(clock);
        var year = query.Year ?? today.Year;
        var asOf = GetTrainingFiguresHandler.YearEndOrToday(year, today);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var facilities = db.Facilities.AsNoTracking().Where(f => f.ProvinceId == query.ProvinceId);
        var ids = facilities.Select(f => f.Id);

        var reception = await db.AcrossFacilities<ReceptionTally>(ids).Where(t => t.Date >= from && t.Date <= to)
            .GroupBy(t => new { t.FacilityId, t.Date }).Select(g => new { g.Key.FacilityId, g.Key.Date, Count = g.Sum(t => t.Count) })
            .ToListAsync(cancellationToken);
        var communication = await db.AcrossFacilities<CommunicationItem>(ids).Where(i => i.Date >= from && i.Date <= to)
            .Select(i => new { i.FacilityId, i.Date, i.Channel, i.AudienceReached }).ToListAsync(cancellationToken);
        var charity = await db.AcrossFacilities<CharityActivity>(ids).Where(a => a.Held && a.Date >= from && a.Date <= to)
            .Select(a => new { a.FacilityId, a.Date, a.BeneficiaryCount, a.ValueVnd }).ToListAsync(cancellationToken);
        var certificates = await CertificateWatchCalculator.ComputeAsync(
            db.AcrossFacilities<Domain.Workforce.StaffMember>(ids), db.AcrossFacilities<Domain.Workforce.PracticeCertificate>(ids), asOf, cancellationToken);
        var training = await TrainingFiguresCalculator.ComputeAsync(db, facilities, i => TrainingFiguresCalculator.Across(db, i), year, asOf, cancellationToken);
        var names = await facilities.OrderBy(f => f.SortName).Select(f => new { f.Id, f.Name, f.Type }).ToListAsync(cancellationToken);

        var rows = names.Select(f =>
        {
            var watch = certificates.GetValueOrDefault(f.Id) ?? CertificateWatchCalculator.Empty(asOf);
            var t = training[f.Id];
            var comms = communication.Where(c => c.FacilityId == f.Id).ToList();
            var acts = charity.Where(a => a.FacilityId == f.Id).ToList();
            return new FacilityActivityFigures(f.Id, f.Name, f.Type, reception.Where(r => r.FacilityId == f.Id).Sum(r => r.Count),
                comms.Count, comms.Sum(c => c.AudienceReached ?? 0), acts.Count, acts.Sum(a => a.BeneficiaryCount), acts.Sum(a => a.ValueVnd),
                watch.ActiveStaff, watch.Certified, watch.PractisingWithout.Count, watch.NeedOneByDeadline.Count, watch.ExpiringSoon.Count,
                t.MedicalStaffCount, t.MedicalStaffTrained, t.MedicalStaffTrainedPercent, t.CertifiedPercent, t.HoursPerPerson);
        }).ToList();

        var totalHours = training.Values.Sum(t => t.TotalHours);
        var people = training.Values.Sum(t => t.People);
        var medical = rows.Sum(r => r.MedicalStaffCount);
        var trained = rows.Sum(r => r.MedicalStaffTrained);
        var staff = rows.Sum(r => r.Staff);
        var certified = rows.Sum(r => r.CertifiedStaff);
        var totals = new FacilityActivityFigures(query.ProvinceId, "", FacilityType.PublicHospital, rows.Sum(r => r.ReceptionContacts),
            rows.Sum(r => r.CommunicationItems), rows.Sum(r => r.CommunicationAudience), rows.Sum(r => r.CharityActivities),
            rows.Sum(r => r.CharityBeneficiaries), rows.Sum(r => r.CharityValueVnd), staff, certified, rows.Sum(r => r.PractisingWithout),
            rows.Sum(r => r.NeedOneByDeadline), rows.Sum(r => r.ExpiringSoon), medical, trained, TrainingFiguresCalculator.Percent(trained, medical),
            TrainingFiguresCalculator.Percent(certified, staff), people == 0 ? null : Math.Round(totalHours / people, 1, MidpointRounding.AwayFromZero));

        var months = Enumerable.Range(1, 12).Select(m => new MonthTotal(m,
            reception.Where(r => r.Date.Month == m).Sum(r => r.Count), communication.Count(c => c.Date.Month == m), charity.Count(a => a.Date.Month == m))).ToList();
        var channels = Enum.GetValues<CommunicationChannel>().Select(c => new ChannelTotal(c, communication.Count(i => i.Channel == c))).ToList();
        return new ProvinceActivities(query.ProvinceId, year, asOf, totals, rows, months, channels);
    }
}
