namespace SocialWorkCloud.Domain.Kpis;

public enum KpiIndicator
{
    /// <summary>Share of preventive facilities carrying out social work (target 30% 2025 → 60% 2030).</summary>
    PreventiveSocialWorkShare = 1,
    /// <summary>Share of curative facilities with a team or department (target 100%).</summary>
    CurativeUnitShare = 2,
    /// <summary>Share of commune/ward stations with any unit (shown, not judged).</summary>
    CommuneStationShare = 3,
    /// <summary>Share of provincial and district/regional hospitals with a team or department (target 100%, MoH 2025 conference).</summary>
    ProvincialDistrictHospitalUnitShare = 4,
}

public enum KpiState
{
    NotJudged = 0,
    Behind = 1,
    OnTrack = 2,
    Met = 3,
    /// <summary>The group has no facility (e.g. a province without a preventive centre): nothing to judge, not "behind".</summary>
    NoFacility = 4,
}
