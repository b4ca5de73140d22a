using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Kpis;

namespace SocialWorkCloud.Application.Features.Kpis;

public sealed record KpiLaggard(Guid FacilityId, string Code, string Name, FacilityType Type, UnitStatus UnitStatus);

/// <param name="Laggards">The facilities pulling the share down, in Vietnamese order: the first few only (the
/// request's laggardLimit); page through all of them at /provinces/{id}/kpis/laggards.</param>
public sealed record KpiFigure(
    KpiIndicator Indicator, int Numerator, int Denominator, decimal SharePercent, decimal? TargetPercent,
    decimal? TrajectoryPercent, KpiState State, IReadOnlyList<KpiLaggard> Laggards)
{
    /// <summary>How many facilities pull the share down in all.</summary>
    public int LaggardCount { get; init; } = Laggards.Count;
}

public sealed record ProvinceKpis(Guid ProvinceId, DateOnly AsOf, DateTimeOffset ComputedAt, IReadOnlyList<KpiFigure> Figures);

/// <summary>
/// Computes a province's KPIs as of a date from the unit histories. One set-based query reads the
/// status of every operating facility on that date (the database picks each facility's entry in
/// force through the (FacilityId, EffectiveDate) index); counts and laggards come from that one list.
/// Reading each status once matters on PostgreSQL: repeating the status subquery pushed the plan
/// cost past the JIT threshold and cost 200–300 ms (see tests/SocialWorkCloud.Benchmarks/README.md).
/// </summary>
public sealed class KpiCalculator(AppDbContext db, TimeProvider clock)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Laggards are listed in Vietnamese alphabetical order, as a Health Department officer reads them.</summary>
    private static readonly StringComparer VietnameseOrder = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    /// <summary>Whether a facility of the group counts toward its group's share with this status.</summary>
    public static bool Counts(FacilityGroup group, UnitStatus status) =>
        group == FacilityGroup.Curative ? status.HasFormalUnit() : status.CarriesOutSocialWork();

    /// <summary>
    /// One group's share, target and state from its counts, without laggards: the facility home's KPI card, whose one statement
    /// (GetFacilityKpis) counts the group's operating facilities and those that count in the database.
    /// </summary>
    public static (KpiIndicator Indicator, decimal SharePercent, decimal? TargetPercent, KpiState State) Share(
        FacilityGroup group, int numerator, int denominator, DateOnly asOf) => group switch
    {
        FacilityGroup.Preventive => (KpiIndicator.PreventiveSocialWorkShare, KpiTargets.SharePercent(numerator, denominator),
            KpiTargets.PreventiveTargetForYearEnd(asOf.Year), KpiTargets.AssessPreventive(numerator, denominator, asOf)),
        FacilityGroup.Curative => (KpiIndicator.CurativeUnitShare, KpiTargets.SharePercent(numerator, denominator),
            KpiTargets.CurativeTargetPercent, KpiTargets.AssessCurative(numerator, denominator)),
        _ => (KpiIndicator.CommuneStationShare, KpiTargets.SharePercent(numerator, denominator), null, KpiState.NotJudged),
    };

    private static readonly string[] TenantFilterOnly = [AppDbContext.TenantFilter];

    private sealed record FacilityRow(Guid Id, string Code, string Name, FacilityType Type, HospitalLevel? HospitalLevel, UnitStatus Status);

    // The province KPIs ask on every load, so their read is compiled once per model (issue 19, CompiledPerModel) and a
    // request builds no expression tree: the operating facilities of the province with UnitStatusQueries.WithStatusOn
    // written out (a compiled query cannot call helpers). The KPI card has its own statement (GetFacilityKpis): it reads its
    // group's counts alone, and reading every name and code for it cost 13 kB more per request.

    /// <summary>Every operating facility of the province on the date with its status then: the province KPIs' one read.</summary>
    private static readonly CompiledPerModel<Func<AppDbContext, Guid, DateOnly, IAsyncEnumerable<FacilityRow>>> OperatingWithStatus = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, Guid provinceId, DateOnly asOf) => db.Facilities.AsNoTracking()
            .Where(f => f.ProvinceId == provinceId)
            .Where(f => (f.EstablishedOn == null || f.EstablishedOn <= asOf) && (f.ClosedOn == null || f.ClosedOn > asOf))
            .Select(f => new FacilityRow(f.Id, f.Code, f.Name, f.Type, f.HospitalLevel,
                db.UnitStatusChanges.IgnoreQueryFilters(TenantFilterOnly).AsNoTracking()
                    .Where(c => !c.IsRetraction && !db.UnitStatusChanges.IgnoreQueryFilters(TenantFilterOnly).AsNoTracking().Any(x => x.CorrectsId == c.Id))
                    .Where(c => c.FacilityId == f.Id && c.EffectiveDate <= asOf)
                    .OrderByDescending(c => c.EffectiveDate).ThenByDescending(c => c.RecordedAt)
                    .Select(c => (UnitStatus?)c.Status)
                    .FirstOrDefault() ?? UnitStatus.None))));

    /// <param name="laggardLimit">How many laggards of each figure to name (the first in Vietnamese order); all when null.
    /// <see cref="KpiFigure.LaggardCount"/> counts them all either way.</param>
    public async Task<ProvinceKpis> ComputeAsync(Guid provinceId, DateOnly asOf, CancellationToken ct, int? laggardLimit = null)
    {
        var rows = new List<FacilityRow>();
        await foreach (var row in OperatingWithStatus.For(db)(db, provinceId, asOf).WithCancellation(ct)) rows.Add(row);

        int Count(FacilityGroup group, Func<UnitStatus, bool> counted) => rows.Count(r => r.Type.Group() == group && counted(r.Status));

        // Laggards: preventive and station facilities with no social work; hospitals without a team or department. Only the
        // first laggardLimit are named (sorted, then cut), the figure counts them all.
        IReadOnlyList<KpiLaggard> Named(List<FacilityRow> laggards) => laggards
            .OrderBy(r => r.Name, VietnameseOrder).Take(laggardLimit ?? int.MaxValue)
            .Select(r => new KpiLaggard(r.Id, r.Code, r.Name, r.Type, r.Status))
            .ToList();
        KpiFigure Figure(KpiIndicator indicator, int numerator, int denominator, decimal sharePercent, decimal? targetPercent, decimal? trajectoryPercent,
            KpiState state, List<FacilityRow> laggards) =>
            new(indicator, numerator, denominator, sharePercent, targetPercent, trajectoryPercent, state, Named(laggards)) { LaggardCount = laggards.Count };
        List<FacilityRow> Laggards(FacilityGroup group, Func<UnitStatus, bool> counted) => rows.FindAll(r => r.Type.Group() == group && !counted(r.Status));

        // The three groups' figures as the KPI card reads its own group's (Counts, Share); the preventive one has a trajectory too.
        KpiFigure GroupFigure(FacilityGroup group)
        {
            Func<UnitStatus, bool> counted = s => Counts(group, s);
            var (numerator, denominator) = (Count(group, counted), Count(group, _ => true));
            var (indicator, sharePercent, targetPercent, state) = Share(group, numerator, denominator, asOf);
            var trajectoryPercent = group == FacilityGroup.Preventive ? KpiTargets.PreventiveTrajectoryAt(asOf) : (decimal?)null;
            return Figure(indicator, numerator, denominator, sharePercent, targetPercent, trajectoryPercent, state, Laggards(group, counted));
        }
        // Provincial and district/regional hospitals: a subset of the curative group, by the level on the facility record
        // (a hospital whose level is not recorded is not counted here, only in the curative share).
        var levelled = rows.Where(r => r.Type.IsHospital() && r.HospitalLevel.IsProvincialOrDistrict()).ToList();
        var levelledNum = levelled.Count(r => r.Status.HasFormalUnit());

        return new ProvinceKpis(provinceId, asOf, clock.GetUtcNow(),
        [
            GroupFigure(FacilityGroup.Preventive),
            GroupFigure(FacilityGroup.Curative),
            GroupFigure(FacilityGroup.CommuneStation),
            Figure(KpiIndicator.ProvincialDistrictHospitalUnitShare, levelledNum, levelled.Count, KpiTargets.SharePercent(levelledNum, levelled.Count),
                KpiTargets.CurativeTargetPercent, null, KpiTargets.AssessCurative(levelledNum, levelled.Count), levelled.FindAll(r => !r.Status.HasFormalUnit())),
        ]);
    }

    /// <summary>Computes and stores the snapshots of a province as of a date (one row per indicator).</summary>
    public async Task<ProvinceKpis> SnapshotAsync(Guid provinceId, DateOnly asOf, Guid? runId, CancellationToken ct)
    {
        var kpis = await ComputeAsync(provinceId, asOf, ct);
        foreach (var figure in kpis.Figures)
        {
            db.KpiSnapshots.Add(new KpiSnapshot
            {
                Id = Guid.NewGuid(),
                ProvinceId = provinceId,
                AsOf = asOf,
                Indicator = figure.Indicator,
                Numerator = figure.Numerator,
                Denominator = figure.Denominator,
                SharePercent = figure.SharePercent,
                TargetPercent = figure.TargetPercent,
                TrajectoryPercent = figure.TrajectoryPercent,
                State = figure.State,
                LaggardsJson = JsonSerializer.Serialize(figure.Laggards, Json),
                ComputedAt = kpis.ComputedAt,
                RunId = runId,
            });
        }
        await db.SaveChangesAsync(ct);
        return kpis;
    }
}
