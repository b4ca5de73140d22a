using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Reports;

namespace SocialWorkCloud.Application.Features.Reports;

/// <summary>A report with its figures, narrative and history: its facility's users, or its province's officers once submitted.</summary>
[AnyAuthenticatedCaller]
public sealed record GetReport(Guid ReportId) : IQuery<ReportDetail>;

public sealed class GetReportHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<GetReport, ReportDetail>
{
    public async ValueTask<ReportDetail> Handle(GetReport query, CancellationToken cancellationToken)
    {
        var report = await db.PeriodicReports.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(x => x.Id == query.ReportId, cancellationToken)
            ?? throw new NotFoundException("Report", query.ReportId);
        // Anyone but the unit itself (the province) reads what was last sent, never the unit's rework of a returned or
        // reopened report; VisibleTo already keeps a never-sent report from them.
        var ownUnit = user.FacilityId == report.FacilityId;
        var sent = ownUnit ? null : await db.ReportSubmissions.AsNoTracking().Where(s => s.ReportId == report.Id)
            .OrderByDescending(s => s.Number).FirstOrDefaultAsync(cancellationToken);
        var r = sent is null ? ReportContent.Of(report) : ReportContent.Of(sent);
        var names = await db.Facilities.AsNoTracking().Where(f => f.Id == report.FacilityId)
            .Select(f => new { f.Name, f.Type, f.CommuneWard, Province = db.Provinces.Where(p => p.Id == f.ProvinceId).Select(p => p.Name).Single() })
            .SingleAsync(cancellationToken);
        var history = await db.ReportTransitions.AsNoTracking().Where(t => t.ReportId == report.Id).OrderBy(t => t.At)
            .Select(t => new ReportTransitionDto(t.Action, t.FromStatus, t.ToStatus, t.Comment, t.ByName, t.At)).ToListAsync(cancellationToken);
        var latestRun = ownUnit
            ? await db.ReportRuns.AsNoTracking().Where(x => x.ReportId == report.Id).OrderByDescending(x => x.RequestedAt).Select(x => (Guid?)x.Id).FirstOrDefaultAsync(cancellationToken)
            : null;
        var dueOn = await ReportAccess.DueOnAsync(db, report, cancellationToken);
        // "Kính gửi": the Health Department always, the commune's People's Committee when the station addresses it.
        List<string> addressedTo = [$"Sở Y tế {names.Province}"];
        if (r.AddressedToPeoplesCommittee)
            addressedTo.Add("Ủy ban nhân dân " + (string.IsNullOrWhiteSpace(names.CommuneWard) ? "xã/phường" : names.CommuneWard.Trim()));
        return new ReportDetail(report.Id, report.FacilityId, names.Name, report.ProvinceId, names.Province, report.Kind, report.Year, report.Number,
            report.PeriodName, r.Subject,
            report.PeriodStart, report.PeriodEnd, dueOn, report.Status, report.IsEditable && ownUnit && user.HasPermission(Permissions.ReportsPrepare),
            r.Figures, r.GeneratedAt, r.ReportNumber, r.Place, r.Results, r.Difficulties, r.Proposals, r.NextPeriodPlan, r.Recipients,
            r.SignerName, r.SignerTitle, report.FirstSubmittedAt, sent?.SubmittedAt ?? report.SubmittedAt, report.ApprovedAt, report.LastComment, latestRun, history,
            report.Version, r.AddressedToPeoplesCommittee, names.Type == FacilityType.CommuneHealthStation, addressedTo,
            sent is null ? null : new ReportSubmissionRef(sent.Number, sent.SubmittedAt, sent.SubmittedByName));
    }
}

/// <summary>What a report's document is made from: the live report (its unit) or one of its submissions (the province).</summary>
internal sealed record ReportContent(
    ReportFigures? Figures, DateTimeOffset? GeneratedAt, string? Subject, string? ReportNumber, string? Place, string? Results, string? Difficulties,
    string? Proposals, string? NextPeriodPlan, string? Recipients, string? SignerName, string? SignerTitle, bool AddressedToPeoplesCommittee)
{
    public static ReportContent Of(PeriodicReport r) => new(r.Figures(), r.GeneratedAt, r.Subject, r.ReportNumber, r.Place, r.Results, r.Difficulties,
        r.Proposals, r.NextPeriodPlan, r.Recipients, r.SignerName, r.SignerTitle, r.AddressedToPeoplesCommittee);

    public static ReportContent Of(ReportSubmission s) => new(JsonSerializer.Deserialize<ReportFigures>(s.FiguresJson, ReportMapping.Json), s.GeneratedAt,
        s.Subject, s.ReportNumber, s.Place, s.Results, s.Difficulties, s.Proposals, s.NextPeriodPlan, s.Recipients, s.SignerName, s.SignerTitle,
        s.AddressedToPeoplesCommittee);
}
