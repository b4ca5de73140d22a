using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Features.Cases;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Features.Fundraising;
using SocialWorkCloud.Application.Features.Training;
using SocialWorkCloud.Application.Features.Workforce;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Charity;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Communication;
using SocialWorkCloud.Domain.Counselling;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Fundraising;
using SocialWorkCloud.Domain.Reception;
using SocialWorkCloud.Domain.Targets;
using SocialWorkCloud.Domain.Workforce;
using Ind = SocialWorkCloud.Domain.Targets.IndicatorCatalogue;
using SocialWorkCloud.Domain.Reports;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>An indicator's value for a facility (or a province): a share keeps its numerator and denominator so that totals are recomputed from them.</summary>
public sealed record IndicatorValue(decimal? Value, long? Numerator = null, long? Denominator = null)
{
    public static IndicatorValue Share(long numerator, long denominator) =>
        new(denominator == 0 ? null : Math.Round(100m * numerator / denominator, 1, MidpointRounding.AwayFromZero), numerator, denominator)
        {
            Exact = denominator == 0 ? null : 100m * numerator / denominator,
        };

    /// <summary>A share unrounded, what its state is judged on (99.96 % shows as 100 % but has not met 100 %).</summary>
    public decimal? Exact { get; init; }

    public static IndicatorValue Amount(long value) => new(value);

    /// <summary>The same indicator for the whole previous year, shown beside it (and its target when none is set).</summary>
    public IndicatorValue? Previous { get; init; }

    /// <summary>
    /// A share of what a station declared for its area: unknown (no data) until it declares; never below the
    /// supported count, as a child the station supports was found in its area whatever its list says.
    /// </summary>
    public static IndicatorValue OfDeclared(long supported, int? declared) =>
        declared is null ? Share(0, 0) : Share(supported, Math.Max(declared.Value, supported));
}

public sealed record FacilityIndicators(Guid FacilityId, string Code, string Name, FacilityType Type, FacilityGroup Group, IReadOnlyDictionary<string, IndicatorValue> Values);

/// <summary>
/// Computes every catalogue indicator for many facilities as of a date, year-to-date for the period-based
/// ones (1 January to the date), with one set-based query per source, reusing the modules' own calculators
/// (unit status, training, fundraising, certificates). The caller passes the facilities already scoped:
/// its own, or those of a province it may read; only the tenant filter is lifted, only for those.
/// </summary>
public sealed class IndicatorCalculator(AppDbContext db)
{
    public async Task<List<FacilityIndicators>> ComputeAsync(IQueryable<Facility> facilities, DateOnly asOf, CancellationToken ct)
    {
        var operating = facilities.Where(f => (f.EstablishedOn == null || f.EstablishedOn <= asOf) && (f.ClosedOn == null || f.ClosedOn > asOf));
        var rows = await UnitStatusQueries.WithStatusOn(db, operating, asOf)
            .Select(x => new { x.Facility.Id, x.Facility.Code, x.Facility.Name, x.Facility.Type, x.Status })
            .ToListAsync(ct);
        if (rows.Count == 0) return [];
        var ids = operating.Select(f => f.Id);
        var from = Periods.YearStart(asOf);

        // Training: courses starting from 1 January up to the date.
        var training = await TrainingFiguresCalculator.ComputeAsync(db, operating,
            scope =>
            {
                var sources = TrainingFiguresCalculator.Across(db, scope);
                return sources with { Courses = sources.Courses.Where(c => c.StartsOn <= asOf) };
            },
            asOf.Year, asOf, ct);

        // Money: the ledger as it stood on the date (a reversal dated later does not undo an entry yet).
        var money = (await YearFigures.PerFacilityAsync(db.AcrossFacilities<LedgerEntry>(ids).Where(e => e.EntryDate <= asOf), asOf.Year, ct))
            .ToDictionary(m => m.FacilityId, m => m.CashRaised);

        // Patients in need: clients with a case open at some time in the period, and those of them counselled or served in it.
        var cases = db.AcrossFacilities<Case>(ids).OpenDuring(from, asOf);
        var withCase = await cases.Select(c => new { c.FacilityId, c.ClientId }).Distinct().ToListAsync(ct);
        var counselled = await db.AcrossFacilities<CounsellingSession>(ids).Where(s => s.HeldOn >= from && s.HeldOn <= asOf)
            .Select(s => new { s.FacilityId, s.ClientId }).Distinct().ToListAsync(ct);
        var served = await db.AcrossFacilities<ServiceDelivered>(ids).Where(s => s.DeliveredOn >= from && s.DeliveredOn <= asOf)
            .Select(s => new { s.FacilityId, s.ClientId }).Distinct().ToListAsync(ct);
        var supported = counselled.Concat(served).ToHashSet();
        const Vulnerability children = Vulnerabilities.ChildInSpecialCircumstances;
        var childIds = (await db.AcrossFacilities<Client>(ids).Where(c => (c.Vulnerabilities & children) != 0).Select(c => c.Id).ToListAsync(ct)).ToHashSet();

        // The ward plan's shares: what the station declared for its area this year and last, and the clients in hardship
        // counselled or served this year and in the whole previous year.
        var screenings = await db.AcrossFacilities<AreaScreening>(ids).Where(s => s.Year == asOf.Year || s.Year == asOf.Year - 1)
            .Select(s => new { s.FacilityId, s.Year, s.ChildrenInSpecialCircumstances, s.PeopleInHardship }).ToListAsync(ct);
        var screeningOf = screenings.ToDictionary(s => (s.FacilityId, s.Year));
        var hardshipIds = (await db.AcrossFacilities<Client>(ids).Where(c => (c.Vulnerabilities & Vulnerability.Hardship) != 0).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var lastYearFrom = from.AddYears(-1);
        var lastYearTo = from.AddDays(-1);
        var supportedLastYear = (await db.AcrossFacilities<CounsellingSession>(ids).Where(s => s.HeldOn >= lastYearFrom && s.HeldOn <= lastYearTo)
                .Select(s => new { s.FacilityId, s.ClientId }).Distinct().ToListAsync(ct))
            .Concat(await db.AcrossFacilities<ServiceDelivered>(ids).Where(s => s.DeliveredOn >= lastYearFrom && s.DeliveredOn <= lastYearTo)
                .Select(s => new { s.FacilityId, s.ClientId }).Distinct().ToListAsync(ct))
            .ToHashSet();
        var hardshipSupported = supported.Where(s => hardshipIds.Contains(s.ClientId)).GroupBy(s => s.FacilityId).ToDictionary(g => g.Key, g => g.Count());
        var hardshipSupportedLastYear = supportedLastYear.Where(s => hardshipIds.Contains(s.ClientId)).GroupBy(s => s.FacilityId).ToDictionary(g => g.Key, g => g.Count());

        // Collaborators: the clinical departments and residential groups (the register has no dates for them, so today's
        // list, as a unit enters its departments when it starts using the system) and who works in them on the date.
        var departments = await db.AcrossFacilities<Department>(ids)
            .Where(d => d.Kind == DepartmentKind.Clinical || d.Kind == DepartmentKind.ResidentialGroup)
            .Select(d => new { d.Id, d.FacilityId }).ToListAsync(ct);
        var staffedDepartments = (await db.AcrossFacilities<Collaborator>(ids).Select(c => new { c.DepartmentId, c.JoinedOn, c.LeftOn }).ToListAsync(ct))
            .Where(c => CertificateWatchCalculator.IsActiveOn(c.JoinedOn, c.LeftOn, asOf)).Select(c => c.DepartmentId).ToHashSet();

        var certificates = await CertificateWatchCalculator.ComputeAsync(
            db.AcrossFacilities<StaffMember>(ids), db.AcrossFacilities<PracticeCertificate>(ids), asOf, ct);

        var reception = await db.AcrossFacilities<ReceptionTally>(ids).Where(t => t.Date >= from && t.Date <= asOf)
            .GroupBy(t => t.FacilityId).Select(g => new { g.Key, Total = g.Sum(t => (long)t.Count) }).ToDictionaryAsync(x => x.Key, x => x.Total, ct);
        var communication = await db.AcrossFacilities<CommunicationItem>(ids).Where(i => i.Date >= from && i.Date <= asOf)
            .GroupBy(i => i.FacilityId).Select(g => new { g.Key, Total = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Total, ct);
        var charity = await db.AcrossFacilities<CharityActivity>(ids).Where(a => a.Held && a.Date >= from && a.Date <= asOf)
            .GroupBy(a => a.FacilityId).Select(g => new { g.Key, Total = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Total, ct);

        var withCaseOf = withCase.ToLookup(x => x.FacilityId, x => x.ClientId);
        var counselledOf = counselled.ToLookup(x => x.FacilityId, x => x.ClientId);
        var departmentsOf = departments.ToLookup(d => d.FacilityId, d => d.Id);

        return rows.Select(r =>
        {
            var group = r.Type.Group();
            var clients = withCaseOf[r.Id].ToList();
            var departmentIds = departmentsOf[r.Id].ToList();
            var watch = certificates.GetValueOrDefault(r.Id);
            var figures = training.GetValueOrDefault(r.Id);
            var values = new Dictionary<string, IndicatorValue>
            {
                [Ind.PreventiveSocialWork] = IndicatorValue.Share(r.Status.CarriesOutSocialWork() ? 1 : 0, 1),
                [Ind.CurativeUnit] = IndicatorValue.Share(r.Status.HasFormalUnit() ? 1 : 0, 1),
                [Ind.MedicalStaffTrained] = IndicatorValue.Share(figures?.MedicalStaffTrained ?? 0, figures?.MedicalStaffCount ?? 0),
                [Ind.PatientsInNeedSupported] = IndicatorValue.Share(clients.Count(c => supported.Contains(new { FacilityId = r.Id, ClientId = c })), clients.Count),
                [Ind.MoneyRaised] = IndicatorValue.Amount(money.GetValueOrDefault(r.Id)),
                [Ind.CollaboratorsInDepartments] = IndicatorValue.Share(departmentIds.Count(staffedDepartments.Contains), departmentIds.Count),
                [Ind.ChildrenSupported] = IndicatorValue.Amount(clients.Count(childIds.Contains)),
                [Ind.ChildrenSupportedShare] = IndicatorValue.OfDeclared(clients.Count(childIds.Contains),
                    screeningOf.GetValueOrDefault((r.Id, asOf.Year))?.ChildrenInSpecialCircumstances),
                [Ind.HardshipCounselledShare] = IndicatorValue.OfDeclared(hardshipSupported.GetValueOrDefault(r.Id),
                    screeningOf.GetValueOrDefault((r.Id, asOf.Year))?.PeopleInHardship) with
                {
                    Previous = IndicatorValue.OfDeclared(hardshipSupportedLastYear.GetValueOrDefault(r.Id), screeningOf.GetValueOrDefault((r.Id, asOf.Year - 1))?.PeopleInHardship),
                },
                [Ind.CertifiedPractitioners] = watch is null ? IndicatorValue.Share(0, 0)
                    : IndicatorValue.Share(watch.RequiredNow ? watch.Certified : watch.ActiveStaff - watch.NeedOneByDeadline.Count, watch.ActiveStaff),
                [Ind.ReceptionContacts] = IndicatorValue.Amount(reception.GetValueOrDefault(r.Id)),
                [Ind.ClientsCounselled] = IndicatorValue.Amount(counselledOf[r.Id].Count()),
                [Ind.CommunicationItems] = IndicatorValue.Amount(communication.GetValueOrDefault(r.Id)),
                [Ind.CharityActivities] = IndicatorValue.Amount(charity.GetValueOrDefault(r.Id)),
            };
            var applicable = Ind.All.Where(d => d.AppliesTo(group)).ToDictionary(d => d.Code, d => values[d.Code]);
            return new FacilityIndicators(r.Id, r.Code, r.Name, r.Type, group, applicable);
        }).ToList();
    }

    /// <summary>A province's figure from its facilities': shares recomputed from the summed numerators and denominators, amounts summed.</summary>
    public static IndicatorValue Total(IndicatorDefinition indicator, IEnumerable<IndicatorValue> values)
    {
        var list = values.ToList();
        var total = indicator.Unit == IndicatorUnit.Percent
            ? IndicatorValue.Share(list.Sum(v => v.Numerator ?? 0), list.Sum(v => v.Denominator ?? 0))
            : IndicatorValue.Amount(list.Sum(v => (long)(v.Value ?? 0)));
        var previous = list.Where(v => v.Previous is not null).Select(v => v.Previous!).ToList();
        return previous.Count == 0 ? total : total with { Previous = Total(indicator, previous) };
    }
}
