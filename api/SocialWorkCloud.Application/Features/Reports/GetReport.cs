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
        var r = await db.PeriodicReports.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(x => x.Id == query.ReportId, cancellationToken)
            ?? throw new NotFoundException("Report", query.ReportId);
        var names = await db.Facilities.AsNoTracking().Where(f => f.Id == r.FacilityId)
            .Select(f => new { f.Name, f.Type, f.CommuneWard, Province = db.Provinces.Where(p => p.Id == f.ProvinceId).Select(p => p.Name).Single() })
            .SingleAsync(cancellationToken);
        var history = await db.ReportTransitions.AsNoTracking().Where(t => t.ReportId == r.Id).OrderBy(t => t.At)
            .Select(t => new ReportTransitionDto(t.Action, t.FromStatus, t.ToStatus, t.Comment, t.ByName, t.At)).ToListAsync(cancellationToken);
        var latestRun = user.FacilityId == r.FacilityId
            ? await db.ReportRuns.AsNoTracking().Where(x => x.ReportId == r.Id).OrderByDescending(x => x.RequestedAt).Select(x => (Guid?)x.Id).FirstOrDefaultAsync(cancellationToken)
            : null;
        var dueOn = await ReportAccess.DueOnAsync(db, r, cancellationToken);
        // "Kính gửi": the Health Department always, the commune's People's Committee when the station addresses it.
        List<string> addressedTo = [$"Sở Y tế {names.Province}"];
        if (r.AddressedToPeoplesCommittee)
            addressedTo.Add("Ủy ban nhân dân " + (string.IsNullOrWhiteSpace(names.CommuneWard) ? "xã/phường" : names.CommuneWard.Trim()));
        return new ReportDetail(r.Id, r.FacilityId, names.Name, r.ProvinceId, names.Province, r.Kind, r.Year, r.Number, r.PeriodName, r.Subject,
            r.PeriodStart, r.PeriodEnd, dueOn, r.Status, r.IsEditable && user.FacilityId == r.FacilityId && user.HasPermission(Permissions.ReportsPrepare),
            r.Figures(), r.GeneratedAt, r.ReportNumber, r.Place, r.Results, r.Difficulties, r.Proposals, r.NextPeriodPlan, r.Recipients,
            r.SignerName, r.SignerTitle, r.FirstSubmittedAt, r.SubmittedAt, r.ApprovedAt, r.LastComment, latestRun, history, r.Version,
            r.AddressedToPeoplesCommittee, names.Type == FacilityType.CommuneHealthStation, addressedTo);
    }
}
