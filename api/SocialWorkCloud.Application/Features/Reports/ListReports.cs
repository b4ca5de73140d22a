using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Reports;

namespace SocialWorkCloud.Application.Features.Reports;

/// <summary>
/// The caller's reports, newest period first: a facility its own; a province officer its facilities'
/// submitted reports (the inbox: status=Submitted).
/// </summary>
[AnyAuthenticatedCaller]
public sealed record ListReports(int? Year = null, ReportStatus? Status = null) : IQuery<IReadOnlyList<ReportListItem>>;

public sealed class ListReportsValidator : AbstractValidator<ListReports>
{
    public ListReportsValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.Status).IsInEnum();
    }
}

public sealed class ListReportsHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<ListReports, IReadOnlyList<ReportListItem>>
{
    public async ValueTask<IReadOnlyList<ReportListItem>> Handle(ListReports query, CancellationToken cancellationToken)
    {
        var reports = db.PeriodicReports.AsNoTracking().VisibleTo(user);
        if (query.Year is { } year) reports = reports.Where(r => r.Year == year);
        if (query.Status is { } status) reports = reports.Where(r => r.Status == status);
        var rows = await reports
            .Join(db.Facilities, r => r.FacilityId, f => f.Id, (r, f) => new { r, f.Name, f.SortName })
            .OrderByDescending(x => x.r.PeriodEnd).ThenBy(x => x.r.Kind).ThenBy(x => x.SortName).Take(500)
            .ToListAsync(cancellationToken);
        // The province's list shows the number and generation of what was sent, not of the unit's rework since.
        var sent = new Dictionary<Guid, (string? Subject, string? ReportNumber, DateTimeOffset? GeneratedAt)>();
        if (user.FacilityId is null && rows.Count > 0)
        {
            var ids = rows.Select(x => x.r.Id).ToList();
            // Only each report's latest submission leaves the database.
            sent = await db.ReportSubmissions.AsNoTracking()
                .Where(s => ids.Contains(s.ReportId) && s.Number == db.ReportSubmissions.Where(o => o.ReportId == s.ReportId).Max(o => o.Number))
                .Select(s => new { s.ReportId, s.Subject, s.ReportNumber, s.GeneratedAt })
                .ToDictionaryAsync(s => s.ReportId, s => (s.Subject, s.ReportNumber, s.GeneratedAt), cancellationToken);
        }
        var provinces = rows.Select(x => x.r.ProvinceId).Distinct().ToList();
        var deadlines = await db.ReportDeadlines.AsNoTracking().Where(d => provinces.Contains(d.ProvinceId)).ToListAsync(cancellationToken);
        return rows.Select(x =>
        {
            var due = x.r.IsAdHoc ? (DateOnly?)null
                : deadlines.FirstOrDefault(d => d.ProvinceId == x.r.ProvinceId && d.Kind == x.r.Kind && d.Year == x.r.Year && d.Number == x.r.Number)?.DueOn
                  ?? x.r.Period.DefaultDueOn;
            var (subject, number, generatedAt) = sent.TryGetValue(x.r.Id, out var s) ? s : (x.r.Subject, x.r.ReportNumber, x.r.GeneratedAt);
            return new ReportListItem(x.r.Id, x.r.FacilityId, x.Name, x.r.Kind, x.r.Year, x.r.Number, x.r.PeriodName, subject, x.r.PeriodStart, x.r.PeriodEnd, due, x.r.Status,
                number, x.r.FirstSubmittedAt, x.r.SubmittedAt, x.r.ApprovedAt, generatedAt, x.r.LastComment, x.r.Version);
        }).ToList();
    }
}
