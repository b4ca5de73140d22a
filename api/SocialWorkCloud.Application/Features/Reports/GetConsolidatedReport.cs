using System.Text.Json;
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

namespace SocialWorkCloud.Application.Features.Reports;

/// <summary>Why a facility's figures are not in the consolidated report.</summary>
public enum MissingReason
{
    /// <summary>Nothing submitted for the period (a draft is the unit's own business).</summary>
    NotSubmitted = 1,
    /// <summary>Submitted, waiting for the province's decision.</summary>
    AwaitingApproval = 2,
    /// <summary>Returned to the unit for a correction.</summary>
    Returned = 3,
    /// <summary>Approved once, then reopened by the province for a correction.</summary>
    Reopened = 4,
}

/// <summary>A facility whose approved report is counted in the province's figures.</summary>
public sealed record ConsolidatedFacility(Guid FacilityId, string Code, string Name, FacilityType Type, Guid ReportId, string? ReportNumber, DateTimeOffset? ApprovedAt);

/// <summary>A facility expected to report for the period whose figures are missing, and why.</summary>
public sealed record MissingFacility(Guid FacilityId, string Code, string Name, FacilityType Type, MissingReason Reason, Guid? ReportId);

/// <summary>
/// The province's report to the Ministry for a period: the figures summed from its facilities' <b>approved</b>
/// reports only (a submitted or returned one may still change), the facilities counted, and those missing.
/// </summary>
public sealed record ConsolidatedReport(
    Guid ProvinceId, string ProvinceName, ReportPeriodKind Kind, int Year, int Number, string PeriodName, DateOnly PeriodStart, DateOnly PeriodEnd,
    int ExpectedFacilities, int ApprovedFacilities, decimal? ApprovedPercent, ReportFigures? Figures,
    IReadOnlyList<ConsolidatedFacility> Included, IReadOnlyList<MissingFacility> Missing);

[RequiresPermission(Permissions.ReportsReview)]
public sealed record GetConsolidatedReport(Guid ProvinceId, ReportPeriodKind Kind, int Year, int Number = 1) : IQuery<ConsolidatedReport>;

public sealed class GetConsolidatedReportValidator : AbstractValidator<GetConsolidatedReport>
{
    public GetConsolidatedReportValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        // Outer bounds (the document states them); the period's own check below decides the number for its kind.
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.Number).InclusiveBetween(1, 12);
        RuleFor(x => x.Number).Must((x, _) => new ReportPeriod(x.Kind, x.Year, x.Number).IsValid)
            .WithText("report-period-invalid");
    }
}

public sealed class GetConsolidatedReportHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<GetConsolidatedReport, ConsolidatedReport>
{
    public async ValueTask<ConsolidatedReport> Handle(GetConsolidatedReport query, CancellationToken cancellationToken)
    {
        var province = await db.Provinces.ReadableForAggregates(user).Where(p => p.Id == query.ProvinceId).Select(p => p.Name)
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Province", query.ProvinceId);
        var period = new ReportPeriod(query.Kind, query.Year, query.Number);
        // The facilities that owe the period a report: operating at its end (as the timeliness table counts them).
        var facilities = (await db.Facilities.AsNoTracking().Where(f => f.ProvinceId == query.ProvinceId)
                .Select(f => new { f.Id, f.Code, f.Name, f.Type, f.EstablishedOn, f.ClosedOn }).ToListAsync(cancellationToken))
            .Where(f => (f.EstablishedOn is null || f.EstablishedOn <= period.End) && (f.ClosedOn is null || f.ClosedOn > period.End)).ToList();
        var reports = await db.PeriodicReports.AsNoTracking()
            .Where(r => r.ProvinceId == query.ProvinceId && r.Kind == period.Kind && r.Year == period.Year && r.Number == period.Number && r.FirstSubmittedAt != null)
            .Select(r => new { r.Id, r.FacilityId, r.Status, r.ReportNumber, r.ApprovedAt, r.FiguresJson }).ToDictionaryAsync(r => r.FacilityId, cancellationToken);

        var included = new List<ConsolidatedFacility>();
        var missing = new List<MissingFacility>();
        var parts = new List<ReportFigures>();
        foreach (var f in facilities.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var report = reports.GetValueOrDefault(f.Id);
            if (report is { Status: ReportStatus.Approved, FiguresJson: { } json })
            {
                included.Add(new(f.Id, f.Code, f.Name, f.Type, report.Id, report.ReportNumber, report.ApprovedAt));
                parts.Add(JsonSerializer.Deserialize<ReportFigures>(json, ReportMapping.Json)!);
                continue;
            }
            var reason = report?.Status switch
            {
                null => MissingReason.NotSubmitted,
                ReportStatus.Submitted => MissingReason.AwaitingApproval,
                ReportStatus.Returned => MissingReason.Returned,
                _ => MissingReason.Reopened,
            };
            missing.Add(new(f.Id, f.Code, f.Name, f.Type, reason, report?.Id));
        }
        var expected = facilities.Count;
        return new ConsolidatedReport(query.ProvinceId, province, period.Kind, period.Year, period.Number, period.Vietnamese, period.Start, period.End,
            expected, included.Count, expected == 0 ? null : Math.Round(100m * included.Count / expected, 2, MidpointRounding.AwayFromZero),
            ConsolidatedFigures.Sum(period.Start, period.End, parts), included, missing.OrderBy(m => m.Reason).ToList());
    }
}
