using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Kpis;

namespace SocialWorkCloud.Domain.Targets;

public enum IndicatorUnit
{
    Count = 1,
    Percent = 2,
    Vnd = 3,
}

public enum IndicatorDirection
{
    HigherIsBetter = 1,
    LowerIsBetter = 2,
}

/// <summary>Which records an indicator is computed from.</summary>
public enum IndicatorSource
{
    Cases = 1,
    Counselling = 2,
    Reception = 3,
    Donations = 4,
    Communication = 5,
    Charity = 6,
    Training = 7,
    Certificates = 8,
    UnitStatus = 9,
    Workforce = 10,
}

/// <summary>
/// One indicator of the catalogue. The catalogue is code (<see cref="IndicatorCatalogue"/>) because each
/// indicator's computation is code; this row mirrors it at start so that targets and plans reference an
/// existing indicator by a foreign key and a database reader sees the names.
/// </summary>
[GlobalEntity("The national indicator catalogue, the same for every tenant, mirrored from code at start.")]
public class Indicator
{
    public required string Code { get; set; }
    public required string NameVi { get; set; }
    public required string NameEn { get; set; }
    public IndicatorUnit Unit { get; set; }
    public IndicatorDirection Direction { get; set; }
    public IndicatorSource Source { get; set; }
    /// <summary>The facility groups it applies to, comma-separated group numbers (e.g. "1,2").</summary>
    public required string Groups { get; set; }
    public int Order { get; set; }
}

/// <summary>An indicator's definition: what it counts, for whom, and the national target when a document sets one.</summary>
public sealed record IndicatorDefinition(
    string Code, string NameVi, string NameEn, IndicatorUnit Unit, IndicatorDirection Direction, IndicatorSource Source,
    IReadOnlyList<FacilityGroup> Groups, string DefinitionVi, string DefinitionEn, Func<int, decimal?> NationalTarget)
{
    public bool AppliesTo(FacilityGroup group) => Groups.Contains(group);

    /// <summary>
    /// The target is "higher than last year" (the ward plan's hardship share): with no target set, the previous
    /// year's value is the target, and it is shown beside the value.
    /// </summary>
    public bool ComparedWithPreviousYear { get; init; }

    /// <summary>Counts and money accumulate over the year, so a year target is pro-rated by day to say "on track".</summary>
    public bool Accumulates => Unit is IndicatorUnit.Count or IndicatorUnit.Vnd;
}

/// <summary>
/// The standard indicators the source documents name (directive 001, the hospital's plan 002, the
/// ward's plan 003). Codes are stable: targets and plans store them.
/// </summary>
public static class IndicatorCatalogue
{
    public const string PreventiveSocialWork = "PREVENTIVE_SOCIAL_WORK";
    public const string CurativeUnit = "CURATIVE_UNIT";
    public const string MedicalStaffTrained = "MEDICAL_STAFF_TRAINED";
    public const string PatientsInNeedSupported = "PATIENTS_IN_NEED_SUPPORTED";
    public const string MoneyRaised = "MONEY_RAISED";
    public const string CollaboratorsInDepartments = "COLLABORATORS_IN_DEPARTMENTS";
    public const string ChildrenSupported = "CHILDREN_SPECIAL_CIRCUMSTANCES_SUPPORTED";
    public const string ChildrenSupportedShare = "CHILDREN_SPECIAL_CIRCUMSTANCES_SHARE";
    public const string HardshipCounselledShare = "HARDSHIP_COUNSELLED_SHARE";
    public const string CertifiedPractitioners = "CERTIFIED_PRACTITIONERS";
    public const string ReceptionContacts = "RECEPTION_CONTACTS";
    public const string ClientsCounselled = "CLIENTS_COUNSELLED";
    public const string CommunicationItems = "COMMUNICATION_ITEMS";
    public const string CharityActivities = "CHARITY_ACTIVITIES";

    private static readonly FacilityGroup[] AllGroups = [FacilityGroup.Curative, FacilityGroup.Preventive, FacilityGroup.CommuneStation];

    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        new(PreventiveSocialWork, "Cơ sở y tế dự phòng triển khai hoạt động CTXH", "Preventive facilities carrying out social work",
            IndicatorUnit.Percent, IndicatorDirection.HigherIsBetter, IndicatorSource.UnitStatus, [FacilityGroup.Preventive],
            "Cơ sở có CTXH (cộng tác viên, tổ hoặc phòng) vào ngày tính; tỉnh: tỷ lệ cơ sở dự phòng.",
            "The facility carries out social work (collaborators, a team or a department) on the date; province: the share of preventive facilities.",
            year => KpiTargets.PreventiveTargetForYearEnd(year)),
        new(CurativeUnit, "Cơ sở khám, chữa bệnh có tổ/phòng CTXH", "Curative facilities with a social-work team or department",
            IndicatorUnit.Percent, IndicatorDirection.HigherIsBetter, IndicatorSource.UnitStatus, [FacilityGroup.Curative],
            "Cơ sở có tổ hoặc phòng CTXH vào ngày tính; tỉnh: tỷ lệ bệnh viện.",
            "The facility has a team or department on the date; province: the share of hospitals.",
            _ => KpiTargets.CurativeTargetPercent),
        new(MedicalStaffTrained, "Nhân viên y tế được tập huấn kỹ năng giao tiếp, hỗ trợ tâm lý", "Medical staff trained in communication and psychological support",
            IndicatorUnit.Percent, IndicatorDirection.HigherIsBetter, IndicatorSource.Training, [FacilityGroup.Curative, FacilityGroup.Preventive],
            "Nhân viên y tế đã dự khóa tập huấn bắt đầu từ 01/01 đến ngày tính / số nhân viên y tế trong danh mục cơ sở.",
            "Medical staff who attended a course starting between 1 January and the date / the registry's medical staff count.",
            _ => 80m),
        new(PatientsInNeedSupported, "Người bệnh có nhu cầu được cung cấp thông tin, tư vấn", "Patients in need supported with information or counselling",
            IndicatorUnit.Percent, IndicatorDirection.HigherIsBetter, IndicatorSource.Cases, AllGroups,
            "Thân chủ có trường hợp mở trong kỳ (01/01 đến ngày tính) được tham vấn hoặc nhận dịch vụ trong kỳ / thân chủ có trường hợp mở trong kỳ.",
            "Clients with a case open during the period (1 January to the date) who were counselled or received a service in it / clients with a case open in it.",
            _ => 100m),
        new(MoneyRaised, "Kinh phí vận động tài trợ trong năm", "Money raised in the year",
            IndicatorUnit.Vnd, IndicatorDirection.HigherIsBetter, IndicatorSource.Donations, AllGroups,
            "Tổng tiền mặt tiếp nhận từ 01/01 đến ngày tính, không kể bút toán đã bị đảo.",
            "Cash received from 1 January to the date, reversed entries excluded.",
            _ => null),
        new(CollaboratorsInDepartments, "Khoa/tổ dân phố có cộng tác viên CTXH", "Departments with a social-work collaborator",
            IndicatorUnit.Percent, IndicatorDirection.HigherIsBetter, IndicatorSource.Workforce, [FacilityGroup.Curative, FacilityGroup.CommuneStation],
            "Khoa lâm sàng và tổ dân phố có ít nhất một cộng tác viên đang hoạt động vào ngày tính / tổng số khoa lâm sàng và tổ dân phố.",
            "Clinical departments and residential groups with at least one collaborator active on the date / all clinical departments and residential groups.",
            _ => 100m),
        new(ChildrenSupported, "Trẻ em có hoàn cảnh đặc biệt được hỗ trợ", "Children in special circumstances supported",
            IndicatorUnit.Count, IndicatorDirection.HigherIsBetter, IndicatorSource.Cases, AllGroups,
            "Thân chủ là trẻ em có hoàn cảnh đặc biệt có trường hợp mở trong kỳ (01/01 đến ngày tính).",
            "Clients who are children in special circumstances with a case open during the period (1 January to the date).",
            _ => null),
        new(ChildrenSupportedShare, "Tỷ lệ trẻ em có hoàn cảnh đặc biệt trên địa bàn được trợ giúp", "Share of the area's children in special circumstances supported",
            IndicatorUnit.Percent, IndicatorDirection.HigherIsBetter, IndicatorSource.Cases, [FacilityGroup.CommuneStation],
            "Trẻ em có hoàn cảnh đặc biệt có trường hợp mở trong kỳ (01/01 đến ngày tính) / số trẻ em có hoàn cảnh đặc biệt trạm y tế rà soát trên địa bàn trong năm (không ít hơn số đã hỗ trợ).",
            "Children in special circumstances with a case open during the period (1 January to the date) / the children in special circumstances the station counted in its area for the year (never fewer than those supported).",
            _ => 100m),
        new(HardshipCounselledShare, "Tỷ lệ người có hoàn cảnh khó khăn được tư vấn, hỗ trợ CTXH", "Share of people in hardship counselled or supported",
            IndicatorUnit.Percent, IndicatorDirection.HigherIsBetter, IndicatorSource.Counselling, [FacilityGroup.CommuneStation],
            "Thân chủ có hoàn cảnh khó khăn được tham vấn hoặc nhận dịch vụ trong kỳ / số người có hoàn cảnh khó khăn trạm y tế rà soát trên địa bàn trong năm; chỉ tiêu: cao hơn năm trước.",
            "Clients in hardship counselled or served during the period / the people in hardship the station counted in its area for the year; target: higher than the previous year.",
            _ => null) { ComparedWithPreviousYear = true },
        new(CertifiedPractitioners, "Người làm CTXH có chứng chỉ hành nghề (trước 01/01/2027)", "Social-work practitioners certified (ahead of 1 January 2027)",
            IndicatorUnit.Percent, IndicatorDirection.HigherIsBetter, IndicatorSource.Certificates, AllGroups,
            "Nhân viên CTXH đang làm việc có chứng chỉ còn hiệu lực vào 01/01/2027 (từ 2027: vào ngày tính) / nhân viên CTXH đang làm việc.",
            "Active social-work staff holding a certificate valid on 1 January 2027 (from 2027: on the date) / active social-work staff.",
            _ => 100m),
        new(ReceptionContacts, "Lượt tiếp đón, hướng dẫn người bệnh", "Patient reception and guidance contacts",
            IndicatorUnit.Count, IndicatorDirection.HigherIsBetter, IndicatorSource.Reception, AllGroups,
            "Tổng lượt tiếp đón ghi nhận từ 01/01 đến ngày tính.", "Reception contacts tallied from 1 January to the date.", _ => null),
        new(ClientsCounselled, "Người bệnh, người nhà được tham vấn tâm lý", "Patients and relatives counselled",
            IndicatorUnit.Count, IndicatorDirection.HigherIsBetter, IndicatorSource.Counselling, AllGroups,
            "Số thân chủ khác nhau có buổi tham vấn từ 01/01 đến ngày tính.", "Distinct clients with a counselling session from 1 January to the date.", _ => null),
        new(CommunicationItems, "Tin, bài truyền thông", "Communication items",
            IndicatorUnit.Count, IndicatorDirection.HigherIsBetter, IndicatorSource.Communication, AllGroups,
            "Số tin, bài, buổi truyền thông từ 01/01 đến ngày tính.", "Communication items from 1 January to the date.", _ => null),
        new(CharityActivities, "Hoạt động từ thiện đã tổ chức", "Charity activities held",
            IndicatorUnit.Count, IndicatorDirection.HigherIsBetter, IndicatorSource.Charity, AllGroups,
            "Hoạt động từ thiện đã tổ chức từ 01/01 đến ngày tính.", "Charity activities held from 1 January to the date.", _ => null),
    ];

    private static readonly Dictionary<string, IndicatorDefinition> ByCode = All.ToDictionary(d => d.Code);

    public static IndicatorDefinition? Find(string? code) => code is null ? null : ByCode.GetValueOrDefault(code);

    public static IndicatorDefinition Get(string code) => ByCode[code];

    public static bool Exists(string? code) => code is not null && ByCode.ContainsKey(code);

    public static Indicator ToRow(IndicatorDefinition d, int order) => new()
    {
        Code = d.Code, NameVi = d.NameVi, NameEn = d.NameEn, Unit = d.Unit, Direction = d.Direction, Source = d.Source,
        Groups = string.Join(',', d.Groups.Select(g => (int)g)), Order = order,
    };
}
