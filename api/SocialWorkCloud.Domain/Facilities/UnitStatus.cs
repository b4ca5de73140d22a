namespace SocialWorkCloud.Domain.Facilities;

/// <summary>The organisational form of a facility's social-work unit, from none to a department (Phòng CTXH).</summary>
public enum UnitStatus
{
    None = 0,
    /// <summary>Designated staff or collaborators only, no formal unit.</summary>
    CollaboratorsOnly = 1,
    /// <summary>Tổ công tác xã hội.</summary>
    Team = 2,
    /// <summary>Phòng công tác xã hội.</summary>
    Department = 3,
}

public static class UnitStatusExtensions
{
    /// <summary>The facility carries out social work (preventive and station KPIs).</summary>
    public static bool CarriesOutSocialWork(this UnitStatus status) => status != UnitStatus.None;

    /// <summary>The facility has a formal unit, a team or department (curative KPI).</summary>
    public static bool HasFormalUnit(this UnitStatus status) => status >= UnitStatus.Team;
}
