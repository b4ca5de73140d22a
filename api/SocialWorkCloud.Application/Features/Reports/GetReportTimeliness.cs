using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Reports;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Reports;

public enum Timeliness
{
    /// <summary>First submitted on or before the due date (Vietnam calendar).</summary>
    OnTime = 1,
    Late = 2,
    /// <summary>Not submitted and the due date has passed.</summary>
    Overdue = 3,
    NotYetDue = 4,
}

public sealed record FacilityTimeliness(
    Guid FacilityId, string Code, string Name, FacilityType Type, Timeliness State, Guid? ReportId, ReportStatus? Status, DateTimeOffset? FirstSubmittedAt);

/// <summary>
/// Who reported a period on time. The share counts facilities whose report is due (the due date has
/// passed, or they submitted already): on time ÷ those; null when none is due yet. The counts are the
/// whole province's; <see cref="Facilities"/> is one page of the rows the filters keep
/// (<see cref="FacilityCount"/> in all): a province of 230 facilities made a 13,400 px dashboard.
/// </summary>
public sealed record ReportTimeliness(
    ReportPeriodKind Kind, int Year, int Number, string PeriodName, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly DueOn, DateOnly Today,
    int OnTime, int Late, int Overdue, int NotYetDue, decimal? OnTimePercent, IReadOnlyList<FacilityTimeliness> Facilities,
    int FacilityCount, int Page, int PageSize);

/// <param name="State">Only the facilities in this state.</param>
/// <param name="Group">Only the facilities of this group (preventive, curative, commune stations).</param>
/// <param name="Search">Part of the facility's name or code; accents ignored.</param>
[RequiresPermission(Permissions.ReportsReview)]
public sealed record GetReportTimeliness(
    Guid ProvinceId, ReportPeriodKind Kind, int Year, int Number = 1, Timeliness? State = null, FacilityGroup? Group = null, string? Search = null,
    int Page = 1, int PageSize = GetReportTimeliness.DefaultPageSize) : IQuery<ReportTimeliness>
{
    public const int DefaultPageSize = 25;
}

public sealed class GetReportTimelinessValidator : AbstractValidator<GetReportTimeliness>
{
    public GetReportTimelinessValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        // Outer bounds (the document states them); the period's own check below decides the number for its kind.
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.Number).InclusiveBetween(1, 12);
        RuleFor(x => x.Number).Must((x, _) => new ReportPeriod(x.Kind, x.Year, x.Number).IsValid)
            .WithText("report-period-invalid");
        RuleFor(x => x.State).IsInEnum();
        RuleFor(x => x.Group).IsInEnum();
        RuleFor(x => x.Search).MaximumLength(200);
        RuleFor(x => x.Page).InclusiveBetween(1, 100_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}

public sealed class GetReportTimelinessHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetReportTimeliness, ReportTimeliness>
{
    public async ValueTask<ReportTimeliness> Handle(GetReportTimeliness query, CancellationToken cancellationToken)
    {
        if (!await db.Provinces.ReadableForAggregates(user).AnyAsync(p => p.Id == query.ProvinceId, cancellationToken))
            throw new NotFoundException("Province", query.ProvinceId);
        var period = new ReportPeriod(query.Kind, query.Year, query.Number);
        var today = VietnamClock.Today(clock);
        var dueOn = await ReportAccess.DueOnAsync(db, query.ProvinceId, period, cancellationToken);
        var facilities = (await db.Facilities.AsNoTracking().Where(f => f.ProvinceId == query.ProvinceId)
                .Select(f => new { f.Id, f.Code, f.Name, f.Type, f.EstablishedOn, f.ClosedOn }).ToListAsync(cancellationToken))
            .Where(f => (f.EstablishedOn is null || f.EstablishedOn <= period.End) && (f.ClosedOn is null || f.ClosedOn > period.End)).ToList();
        var reports = await db.PeriodicReports.AsNoTracking()
            .Where(r => r.ProvinceId == query.ProvinceId && r.Kind == period.Kind && r.Year == period.Year && r.Number == period.Number)
            .Select(r => new { r.Id, r.FacilityId, r.Status, r.FirstSubmittedAt }).ToDictionaryAsync(r => r.FacilityId, cancellationToken);

        var rows = facilities.Select(f =>
        {
            var report = reports.GetValueOrDefault(f.Id);
            var submitted = report?.FirstSubmittedAt;
            var state = submitted is { } at
                ? VietnamClock.DateOf(at) <= dueOn ? Timeliness.OnTime : Timeliness.Late
                : today > dueOn ? Timeliness.Overdue : Timeliness.NotYetDue;
            // A unit's unsent draft is its own business: the province sees only that nothing was submitted.
            return new FacilityTimeliness(f.Id, f.Code, f.Name, f.Type, state, submitted is null ? null : report!.Id, submitted is null ? null : report!.Status, submitted);
        }).OrderBy(r => r.State).ThenBy(r => r.Name, VietnameseCollation.Comparer).ToList();

        var onTime = rows.Count(r => r.State == Timeliness.OnTime);
        var due = rows.Count(r => r.State != Timeliness.NotYetDue);
        var folded = VietnameseText.Fold(query.Search);
        var filtered = rows
            .Where(r => query.State is null || r.State == query.State)
            .Where(r => query.Group is null || r.Type.Group() == query.Group)
            .Where(r => folded.Length == 0 || VietnameseText.Fold(r.Name).Contains(folded, StringComparison.Ordinal) || VietnameseText.Fold(r.Code).Contains(folded, StringComparison.Ordinal))
            .ToList();
        return new ReportTimeliness(period.Kind, period.Year, period.Number, period.Vietnamese, period.Start, period.End, dueOn, today,
            onTime, rows.Count(r => r.State == Timeliness.Late), rows.Count(r => r.State == Timeliness.Overdue), rows.Count(r => r.State == Timeliness.NotYetDue),
            due == 0 ? null : Math.Round(100m * onTime / due, 1, MidpointRounding.AwayFromZero), filtered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList(),
            filtered.Count, query.Page, query.PageSize);
    }
}
