using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Reports;

namespace SocialWorkCloud.Application.Features.Reports;

/// <param name="DueOn">Null for an ad-hoc report: it has no deadline.</param>
public sealed record ReportListItem(
    Guid Id, Guid FacilityId, string FacilityName, ReportPeriodKind Kind, int Year, int Number, string PeriodName, string? Subject,
    DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly? DueOn, ReportStatus Status, string? ReportNumber, DateTimeOffset? FirstSubmittedAt, DateTimeOffset? SubmittedAt,
    DateTimeOffset? ApprovedAt, DateTimeOffset? GeneratedAt, string? LastComment, Guid Version);

public sealed record ReportTransitionDto(ReportAction Action, ReportStatus FromStatus, ReportStatus ToStatus, string? Comment, string? ByName, DateTimeOffset At);

public sealed record ReportDetail(
    Guid Id, Guid FacilityId, string FacilityName, Guid ProvinceId, string ProvinceName, ReportPeriodKind Kind, int Year, int Number,
    string PeriodName, string? Subject, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly? DueOn, ReportStatus Status, bool Editable,
    ReportFigures? Figures, DateTimeOffset? GeneratedAt, string? ReportNumber, string? Place, string? Results, string? Difficulties,
    string? Proposals, string? NextPeriodPlan, string? Recipients, string? SignerName, string? SignerTitle,
    DateTimeOffset? FirstSubmittedAt, DateTimeOffset? SubmittedAt, DateTimeOffset? ApprovedAt, string? LastComment,
    Guid? LatestRunId, IReadOnlyList<ReportTransitionDto> History, Guid Version,
    bool AddressedToPeoplesCommittee, bool MayAddressPeoplesCommittee, IReadOnlyList<string> AddressedTo,
    ReportSubmissionRef? ShownSubmission = null);

/// <summary>
/// Which submission a reader outside the unit (the province) is shown: the latest one sent, whatever the unit is reworking
/// since. Null for the unit's own users, who see their working copy.
/// </summary>
public sealed record ReportSubmissionRef(int Number, DateTimeOffset SubmittedAt, string? SubmittedByName);

public sealed record ReportRunDto(
    Guid Id, Guid ReportId, ReportRunStatus Status, int ProgressPercent, string? Step, string? Error,
    DateTimeOffset RequestedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt);

public static class ReportMapping
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    internal static ReportRunDto ToDto(this ReportRun r) =>
        new(r.Id, r.ReportId, r.Status, r.ProgressPercent, r.Step, r.Error, r.RequestedAt, r.StartedAt, r.FinishedAt);

    internal static ReportFigures? Figures(this PeriodicReport r) =>
        r.FiguresJson is null ? null : JsonSerializer.Deserialize<ReportFigures>(r.FiguresJson, Json);
}

/// <summary>
/// The purpose-written scoping of periodic reports: a facility's users see its own reports; a province
/// officer the reports its facilities have submitted at least once (never a unit's unsent draft).
/// Anything else answers 404.
/// </summary>
public static class ReportAccess
{
    public static IQueryable<PeriodicReport> VisibleTo(this IQueryable<PeriodicReport> reports, ICurrentUser user)
    {
        if (user.FacilityId is { } facilityId && user.HasPermission(Permissions.ReportsRead))
            return reports.Where(r => r.FacilityId == facilityId);
        if (user.FacilityId is null && user.ProvinceId is { } provinceId && user.HasPermission(Permissions.ReportsReview))
            return reports.Where(r => r.ProvinceId == provinceId && r.FirstSubmittedAt != null);
        return reports.Where(_ => false);
    }

    /// <summary>The report for a facility's own unit head to change.</summary>
    public static async Task<PeriodicReport> OwnAsync(AppDbContext db, ICurrentUser user, Guid reportId, CancellationToken ct) =>
        await db.PeriodicReports.SingleOrDefaultAsync(r => r.Id == reportId && user.FacilityId != null && r.FacilityId == user.FacilityId, ct)
        ?? throw new NotFoundException("Report", reportId);

    /// <summary>The report for its province's officer to decide on.</summary>
    public static async Task<PeriodicReport> ForReviewAsync(AppDbContext db, ICurrentUser user, Guid reportId, CancellationToken ct) =>
        await db.PeriodicReports.Where(r => user.FacilityId == null && user.ProvinceId != null && r.ProvinceId == user.ProvinceId && r.FirstSubmittedAt != null)
            .SingleOrDefaultAsync(r => r.Id == reportId, ct)
        ?? throw new NotFoundException("Report", reportId);

    /// <summary>The caller as the history of a report names them.</summary>
    public static async Task<ReportActor> ActorAsync(AppDbContext db, ICurrentUser user, CancellationToken ct) =>
        new(user.UserId, user.UserId is { } id ? await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.FullName).SingleOrDefaultAsync(ct) : null);

    /// <summary>The version the client read: a stale one makes the save a 409.</summary>
    public static void ExpectVersion(AppDbContext db, PeriodicReport report, Guid version) =>
        db.Entry(report).Property(r => r.Version).OriginalValue = version;

    /// <summary>A report's deadline: none for an ad-hoc report.</summary>
    public static async Task<DateOnly?> DueOnAsync(AppDbContext db, PeriodicReport report, CancellationToken ct) =>
        report.IsAdHoc ? null : await DueOnAsync(db, report.ProvinceId, report.Period, ct);

    public static async Task<DateOnly> DueOnAsync(AppDbContext db, Guid provinceId, ReportPeriod period, CancellationToken ct) =>
        await db.ReportDeadlines.AsNoTracking()
            .Where(d => d.ProvinceId == provinceId && d.Kind == period.Kind && d.Year == period.Year && d.Number == period.Number)
            .Select(d => (DateOnly?)d.DueOn).SingleOrDefaultAsync(ct) ?? period.DefaultDueOn;
}
