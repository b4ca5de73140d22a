namespace SocialWorkCloud.Application.Common.Security;

/// <summary>What a caller may do. Endpoints and requests require these, never role names.</summary>
public static class Permissions
{
    public const string ProvincesRead = "provinces.read";
    public const string ProvincesManage = "provinces.manage";
    public const string FacilitiesRead = "facilities.read";
    public const string FacilitiesManage = "facilities.manage";
    public const string UnitManage = "unit.manage";
    public const string KpisReadProvince = "kpis.read-province";
    public const string KpisRecompute = "kpis.recompute";
    public const string KpisReadFacility = "kpis.read-facility";
    public const string UsersManage = "users.manage";
    public const string ApiClientsManage = "api-clients.manage";
    public const string JobsDashboard = "jobs.dashboard";
    public const string FundraisingRead = "fundraising.read";
    /// <summary>Record campaigns in draft, donors, receipts and distributions.</summary>
    public const string FundraisingRecord = "fundraising.record";
    /// <summary>The unit head's part: open/close/settle, approve, reverse, publish, settings.</summary>
    public const string FundraisingManage = "fundraising.manage";
    public const string FundraisingReadProvince = "fundraising.read-province";
    /// <summary>Record reception tallies (portal tally screen, a hospital information system's batches).</summary>
    public const string ReceptionRecord = "reception.record";
    /// <summary>Read the facility's daily activities and workforce figures.</summary>
    public const string ActivitiesRead = "activities.read";
    /// <summary>Record communication, charity activities, reception points and training.</summary>
    public const string ActivitiesManage = "activities.manage";
    /// <summary>Keep the unit's staff, certificates, collaborators and departments (the unit head).</summary>
    public const string WorkforceManage = "workforce.manage";
    /// <summary>Per-facility aggregates of activities and workforce across a province.</summary>
    public const string ActivitiesReadProvince = "activities.read-province";
    public const string ClientsRead = "clients.read";
    public const string ClientsWrite = "clients.write";
    /// <summary>See a client's full national ID and phone (each view audited).</summary>
    public const string ClientsReadIdentifiers = "clients.read-identifiers";
    public const string ClientsMerge = "clients.merge";
    /// <summary>Read and work the cases one may see: collaborators only those assigned to them.</summary>
    public const string CasesWork = "cases.work";
    /// <summary>See the facility's non-sensitive cases whoever is assigned (social workers).</summary>
    public const string CasesReadFacility = "cases.read-facility";
    /// <summary>The unit head: every case including sensitive ones, approvals, consent overrides.</summary>
    public const string CasesSupervise = "cases.supervise";
    public const string CasesFiguresProvince = "cases.figures-province";
    /// <summary>Set the province's targets per indicator and year (Health Department).</summary>
    public const string TargetsManage = "targets.manage";
    /// <summary>Read the facility's annual plans and the province's plans addressed to it.</summary>
    public const string PlansRead = "plans.read";
    /// <summary>Draft and submit the facility's annual plan (the unit head).</summary>
    public const string PlansWrite = "plans.write";
    /// <summary>Read the annual plans of the province's facilities and acknowledge or return them.</summary>
    public const string PlansReview = "plans.review";
    /// <summary>Read the facility's periodic reports.</summary>
    public const string ReportsRead = "reports.read";
    /// <summary>The unit head: generate, write and submit the facility's periodic reports.</summary>
    public const string ReportsPrepare = "reports.prepare";
    /// <summary>The province: review the facilities' reports (return, approve, reopen), deadlines, timeliness.</summary>
    public const string ReportsReview = "reports.review";
    /// <summary>Read supervision visits and recommendations: the visited facility's own, or the province's facilities'.</summary>
    public const string SupervisionRead = "supervision.read";
    /// <summary>The province officer: plan and record visits, recommendations, close visits, review follow-ups.</summary>
    public const string SupervisionManage = "supervision.manage";
    /// <summary>The unit head: record the facility's follow-up on a recommendation.</summary>
    public const string SupervisionFollowUp = "supervision.follow-up";
    /// <summary>Read nominations and awards: the facility's own, or the province's facilities'.</summary>
    public const string CommendationsRead = "commendations.read";
    /// <summary>The unit head: nominate the unit or a person, edit drafts, submit.</summary>
    public const string CommendationsNominate = "commendations.nominate";
    /// <summary>The province officer: decide a submitted nomination (final).</summary>
    public const string CommendationsDecide = "commendations.decide";

    public static IReadOnlyList<string> All { get; } =
    [
        ProvincesRead, ProvincesManage, FacilitiesRead, FacilitiesManage, UnitManage, KpisReadProvince,
        KpisRecompute, KpisReadFacility, UsersManage, ApiClientsManage, JobsDashboard, FundraisingRead, FundraisingRecord,
        FundraisingManage, FundraisingReadProvince, ReceptionRecord, ActivitiesRead, ActivitiesManage, WorkforceManage,
        ActivitiesReadProvince, ClientsRead, ClientsWrite, ClientsReadIdentifiers, ClientsMerge, CasesWork, CasesReadFacility,
        CasesSupervise, CasesFiguresProvince, TargetsManage, PlansRead, PlansWrite, PlansReview,
        ReportsRead, ReportsPrepare, ReportsReview, SupervisionRead, SupervisionManage, SupervisionFollowUp, CommendationsRead,
        CommendationsNominate, CommendationsDecide,
    ];
}

public enum UserRole
{
    PlatformAdmin = 1,
    ProvinceOfficer = 2,
    FacilityAdmin = 3,
    SocialWorker = 4,
    Collaborator = 5,
}

public static class RolePermissions
{
    private static readonly Dictionary<UserRole, string[]> Map = new()
    {
        [UserRole.PlatformAdmin] =
        [
            Permissions.ProvincesRead, Permissions.ProvincesManage, Permissions.FacilitiesRead, Permissions.FacilitiesManage,
            Permissions.KpisReadProvince, Permissions.KpisRecompute, Permissions.KpisReadFacility, Permissions.UsersManage,
            Permissions.ApiClientsManage, Permissions.JobsDashboard, Permissions.FundraisingReadProvince, Permissions.ActivitiesReadProvince,
        ],
        [UserRole.ProvinceOfficer] =
        [
            Permissions.ProvincesRead, Permissions.FacilitiesRead, Permissions.KpisReadProvince, Permissions.KpisRecompute,
            Permissions.KpisReadFacility, Permissions.FundraisingReadProvince, Permissions.ActivitiesReadProvince, Permissions.CasesFiguresProvince,
            Permissions.TargetsManage, Permissions.PlansReview,
            Permissions.ReportsReview,
            Permissions.SupervisionRead, Permissions.SupervisionManage, Permissions.CommendationsRead, Permissions.CommendationsDecide,
        ],
        [UserRole.FacilityAdmin] =
        [
            Permissions.ProvincesRead, Permissions.FacilitiesRead, Permissions.UnitManage, Permissions.KpisReadFacility,
            Permissions.UsersManage, Permissions.ApiClientsManage, Permissions.FundraisingRead, Permissions.FundraisingRecord,
            Permissions.FundraisingManage, Permissions.ReceptionRecord, Permissions.ActivitiesRead, Permissions.ActivitiesManage,
            Permissions.WorkforceManage, Permissions.ClientsRead, Permissions.ClientsWrite, Permissions.ClientsReadIdentifiers,
            Permissions.ClientsMerge, Permissions.CasesWork, Permissions.CasesReadFacility, Permissions.CasesSupervise,
            Permissions.PlansRead, Permissions.PlansWrite,
            Permissions.ReportsRead, Permissions.ReportsPrepare,
            Permissions.SupervisionRead, Permissions.SupervisionFollowUp, Permissions.CommendationsRead, Permissions.CommendationsNominate,
        ],
        [UserRole.SocialWorker] =
        [
            Permissions.ProvincesRead, Permissions.FacilitiesRead, Permissions.KpisReadFacility, Permissions.FundraisingRead,
            Permissions.FundraisingRecord, Permissions.ReceptionRecord, Permissions.ActivitiesRead, Permissions.ActivitiesManage,
            Permissions.ClientsRead, Permissions.ClientsWrite, Permissions.ClientsReadIdentifiers, Permissions.CasesWork,
            Permissions.CasesReadFacility, Permissions.PlansRead, Permissions.ReportsRead, Permissions.SupervisionRead,
        ],
        // Collaborators tally at the reception desks and work only the cases assigned to them; they do not browse the client register.
        [UserRole.Collaborator] = [Permissions.FacilitiesRead, Permissions.ReceptionRecord, Permissions.CasesWork],
    };

    public static IReadOnlyList<string> For(UserRole role) => Map[role];

    /// <summary>Third-party clients: "read" and "write" scopes, bound to a facility or a province.</summary>
    public static IReadOnlyList<string> ForApiClient(bool provinceBound, IEnumerable<string> scopes)
    {
        var set = new HashSet<string>();
        foreach (var scope in scopes)
        {
            switch (scope, provinceBound)
            {
                case ("read", true):
                    set.UnionWith([Permissions.ProvincesRead, Permissions.FacilitiesRead, Permissions.KpisReadProvince, Permissions.FundraisingReadProvince, Permissions.ActivitiesReadProvince,
                        Permissions.SupervisionRead, Permissions.CommendationsRead]);
                    break;
                case ("write", true):
                    set.Add(Permissions.KpisRecompute);
                    break;
                case ("read", false):
                    set.UnionWith([Permissions.ProvincesRead, Permissions.FacilitiesRead, Permissions.KpisReadFacility, Permissions.FundraisingRead, Permissions.ActivitiesRead,
                        Permissions.SupervisionRead, Permissions.CommendationsRead]);
                    break;
                case ("write", false):
                    set.UnionWith([Permissions.UnitManage, Permissions.FundraisingRecord, Permissions.ReceptionRecord]);
                    break;
            }
        }
        return set.ToArray();
    }

    /// <summary>Roles a user holding a role may grant: a facility admin staffs its own facility only.</summary>
    public static IReadOnlyList<UserRole> AssignableBy(UserRole role) => role switch
    {
        UserRole.PlatformAdmin => Enum.GetValues<UserRole>(),
        UserRole.FacilityAdmin => [UserRole.FacilityAdmin, UserRole.SocialWorker, UserRole.Collaborator],
        _ => [],
    };
}
