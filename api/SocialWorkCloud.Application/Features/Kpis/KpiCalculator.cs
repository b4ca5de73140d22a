using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Kpis;

namespace SocialWorkCloud.Application.Features.Kpis;

public sealed record KpiLaggard(Guid FacilityId, string Code, string Name, FacilityType Type, UnitStatus UnitStatus);

public sealed record KpiFigure(
    KpiIndicator Indicator, int Numerator, int Denominator, decimal SharePercent, decimal? TargetPercent,
    decimal? TrajectoryPercent, KpiState State, IReadOnlyList<KpiLaggard> Laggards);

public sealed record ProvinceKpis(Guid ProvinceId, DateOnly AsOf, DateTimeOffset ComputedAt, IReadOnlyList<KpiFigure> Figures);

/// <summary>
/// Computes a province's KPIs as of a date from the unit histories. Two set-based queries — counts
/// grouped in the database, and the facilities that pull a share down — whatever the province's size.
/// </summary>
public sealed class KpiCalculator(AppDbContext db, TimeProvider clock)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ProvinceKpis> ComputeAsync(Guid provinceId, DateOnly asOf, CancellationToken ct)
    {
        var facilities = db.Facilities.AsNoTracking()
            .Where(f => f.ProvinceId == provinceId)
            .Where(f => (f.EstablishedOn == null || f.EstablishedOn <= asOf) && (f.ClosedOn == null || f.ClosedOn > asOf));
        var withStatus = UnitStatusQueries.WithStatusOn(db, facilities, asOf)
            .Select(x => new { x.Facility.Type, x.Status });

        var counts = await withStatus
            .GroupBy(x => new { x.Type, x.Status })
            .Select(g => new { g.Key.Type, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);

        // Laggards: preventive/station facilities with no social work; curative ones without a team or department.
        var laggards = await UnitStatusQueries.WithStatusOn(db, facilities, asOf)
            .Where(x => x.Status == UnitStatus.None
                || ((x.Facility.Type == FacilityType.PublicHospital || x.Facility.Type == FacilityType.PrivateHospital) && x.Status < UnitStatus.Team))
            .OrderBy(x => x.Facility.Name)
            .Select(x => new { x.Facility.Id, x.Facility.Code, x.Facility.Name, x.Facility.Type, x.Status })
            .ToListAsync(ct);

        int Count(FacilityGroup group, Func<UnitStatus, bool> counted) =>
            counts.Where(c => c.Type.Group() == group && counted(c.Status)).Sum(c => c.Count);
        IReadOnlyList<KpiLaggard> Laggards(FacilityGroup group) =>
            laggards.Where(l => l.Type.Group() == group).Select(l => new KpiLaggard(l.Id, l.Code, l.Name, l.Type, l.Status)).ToList();

        var preventiveNum = Count(FacilityGroup.Preventive, s => s.CarriesOutSocialWork());
        var preventiveDen = Count(FacilityGroup.Preventive, _ => true);
        var preventiveShare = KpiTargets.SharePercent(preventiveNum, preventiveDen);
        var curativeNum = Count(FacilityGroup.Curative, s => s.HasFormalUnit());
        var curativeDen = Count(FacilityGroup.Curative, _ => true);
        var curativeShare = KpiTargets.SharePercent(curativeNum, curativeDen);
        var stationNum = Count(FacilityGroup.CommuneStation, s => s.CarriesOutSocialWork());
        var stationDen = Count(FacilityGroup.CommuneStation, _ => true);

        return new ProvinceKpis(provinceId, asOf, clock.GetUtcNow(),
        [
            new KpiFigure(KpiIndicator.PreventiveSocialWorkShare, preventiveNum, preventiveDen, preventiveShare,
                KpiTargets.PreventiveTargetForYearEnd(asOf.Year), KpiTargets.PreventiveTrajectoryAt(asOf),
                KpiTargets.AssessPreventive(preventiveShare, asOf), Laggards(FacilityGroup.Preventive)),
            new KpiFigure(KpiIndicator.CurativeUnitShare, curativeNum, curativeDen, curativeShare,
                KpiTargets.CurativeTargetPercent, null, KpiTargets.AssessCurative(curativeShare), Laggards(FacilityGroup.Curative)),
            new KpiFigure(KpiIndicator.CommuneStationShare, stationNum, stationDen, KpiTargets.SharePercent(stationNum, stationDen),
                null, null, KpiState.NotJudged, Laggards(FacilityGroup.CommuneStation)),
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
