using SocialWorkCloud.Application.Common.Endpoints;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialWorkCloud.Application.Features.Fundraising;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Reports;

namespace SocialWorkCloud.Application.Features.Reports;

public sealed class ReportEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var reports = v1.MapGroup("/reports").WithTags("Periodic reports").RequireAuthorization().WithStandardProblems();
        reports.MapGet("/", ListReports).WithName(nameof(ListReports))
            .WithSummary("The facility's reports, or the province's submitted reports (status=Submitted: the inbox)");
        reports.MapPost("/", CreateReport).WithName(nameof(CreateReport))
            .WithSummary("Start the report of a period (unit head), or an ad-hoc report over a date range (kind=AdHoc, from, to, subject): a draft whose figures a background job generates; follow the returned run")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        reports.MapGet("/runs/{runId:guid}", GetReportRun).WithName(nameof(GetReportRun))
            .WithSummary("A generation's status, step and progress");
        reports.MapGet("/{reportId:guid}", GetReport).WithName(nameof(GetReport))
            .WithSummary("A report with its figures, narrative and history");
        reports.MapPut("/{reportId:guid}", UpdateReport).WithName(nameof(UpdateReport))
            .WithSummary("Write the unit's parts of a draft or returned report (number, narrative, recipients, signer)")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        reports.MapPost("/{reportId:guid}/regenerate", RegenerateReport).WithName(nameof(RegenerateReport))
            .WithSummary("Recompute a draft or returned report's figures from the records, in the background")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        reports.MapPost("/{reportId:guid}/submit", SubmitReport).WithName(nameof(SubmitReport))
            .WithSummary("Send the report to the province (unit head); its figures are frozen")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        reports.MapPost("/{reportId:guid}/return", ReturnReport).WithName(nameof(ReturnReport))
            .WithSummary("Return a submitted report to the unit with a comment (province officer)")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        reports.MapPost("/{reportId:guid}/approve", ApproveReport).WithName(nameof(ApproveReport))
            .WithSummary("Approve a submitted report (province officer): it is locked")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        reports.MapPost("/{reportId:guid}/reopen", ReopenReport).WithName(nameof(ReopenReport))
            .WithSummary("Reopen an approved report for a correction, with the reason (province officer): back to draft")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        reports.MapGet("/{reportId:guid}/export", ExportReport).WithName(nameof(ExportReport))
            .WithSummary("The report as Excel (format=Xlsx) or as a PDF in the Vietnamese administrative format (format=Pdf)")
            .ProducesFile(FileResponses.Excel, FileResponses.Pdf);

        var province = v1.MapGroup("/provinces/{provinceId:guid}").WithTags("Periodic reports").RequireAuthorization().WithStandardProblems();
        province.MapGet("/report-timeliness", GetReportTimeliness).WithName(nameof(GetReportTimeliness))
            .WithSummary("For a period, the province's counts of facilities submitted on time, late, overdue or not yet due, with the on-time share, and one page of the facilities (filters: state, group, search; page from 1, pageSize up to 200, default 25)");
        province.MapGet("/consolidated-report", GetConsolidatedReport).WithName(nameof(GetConsolidatedReport))
            .WithSummary("The province's consolidated report for a period (to the Ministry): figures summed from the approved facility reports, the facilities counted and those missing");
        province.MapGet("/consolidated-report/export", ExportConsolidatedReport).WithName(nameof(ExportConsolidatedReport))
            .WithSummary("The consolidated report as a PDF in the administrative format (format=Pdf) or as Excel (format=Xlsx)")
            .ProducesFile(FileResponses.Excel, FileResponses.Pdf);
        province.MapPut("/report-deadlines", SetReportDeadline).WithName(nameof(SetReportDeadline))
            .WithSummary("Set the province's due date for a period (default: 15 days after the period ends)");
    }

    /// <param name="year">The period's year.</param>
    /// <param name="status">Draft, Submitted, Returned or Approved.</param>
    public static ValueTask<Ok<IReadOnlyList<ReportListItem>>> ListReports(int? year, ReportStatus? status, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListReports(year, status), ct);

    public static async Task<Accepted<ReportRunDto>> CreateReport(CreateReport body, IMediator mediator, CancellationToken ct)
    {
        var run = await mediator.Send(body, ct);
        return TypedResults.Accepted($"/api/v1/reports/runs/{run.Id}", run);
    }

    public static ValueTask<Ok<ReportRunDto>> GetReportRun(Guid runId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetReportRun(runId), ct);

    public static ValueTask<Ok<ReportDetail>> GetReport(Guid reportId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetReport(reportId), ct);

    public static ValueTask<Ok<ReportDetail>> UpdateReport(Guid reportId, UpdateReport body, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(body with { ReportId = reportId }, ct);

    public static async Task<Accepted<ReportRunDto>> RegenerateReport(Guid reportId, IMediator mediator, CancellationToken ct)
    {
        var run = await mediator.Send(new RegenerateReport(reportId), ct);
        return TypedResults.Accepted($"/api/v1/reports/runs/{run.Id}", run);
    }

    public static ValueTask<Ok<ReportDetail>> SubmitReport(Guid reportId, SubmitReport body, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(body with { ReportId = reportId }, ct);

    public static ValueTask<Ok<ReportDetail>> ReturnReport(Guid reportId, ReturnReport body, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(body with { ReportId = reportId }, ct);

    public static ValueTask<Ok<ReportDetail>> ApproveReport(Guid reportId, ApproveReport body, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(body with { ReportId = reportId }, ct);

    public static ValueTask<Ok<ReportDetail>> ReopenReport(Guid reportId, ReopenReport body, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(body with { ReportId = reportId }, ct);

    /// <param name="format">Xlsx or Pdf.</param>
    public static async Task<FileContentHttpResult> ExportReport(Guid reportId, ExportFormat format, IMediator mediator, CancellationToken ct)
    {
        var file = await mediator.Send(new ExportReport(reportId, format), ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    /// <param name="kind">Month, Quarter, HalfYear, Year or FiveYear.</param>
    /// <param name="year">The period's (first) year.</param>
    /// <param name="number">Month 1–12, quarter 1–4, half-year 1–2; 1 for a year or five-year span.</param>
    public static ValueTask<Ok<ReportTimeliness>> GetReportTimeliness(
        Guid provinceId, ReportPeriodKind kind, int year, int? number, Timeliness? state, FacilityGroup? group, string? search, int? page, int? pageSize,
        IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetReportTimeliness(provinceId, kind, year, number ?? 1, state, group, search, page ?? 1,
            pageSize ?? Reports.GetReportTimeliness.DefaultPageSize), ct);

    /// <param name="kind">Month, Quarter, HalfYear, Year or FiveYear.</param>
    /// <param name="year">The period's (first) year.</param>
    /// <param name="number">Month 1–12, quarter 1–4, half-year 1–2; 1 for a year or five-year span.</param>
    public static ValueTask<Ok<ConsolidatedReport>> GetConsolidatedReport(Guid provinceId, ReportPeriodKind kind, int year, int? number, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetConsolidatedReport(provinceId, kind, year, number ?? 1), ct);

    /// <param name="kind">Month, Quarter, HalfYear, Year or FiveYear.</param>
    /// <param name="year">The period's (first) year.</param>
    /// <param name="number">Month 1–12, quarter 1–4, half-year 1–2; 1 for a year or five-year span.</param>
    /// <param name="format">Pdf or Xlsx.</param>
    public static async Task<FileContentHttpResult> ExportConsolidatedReport(Guid provinceId, ReportPeriodKind kind, int year, int? number, ExportFormat format,
        IMediator mediator, CancellationToken ct)
    {
        var file = await mediator.Send(new ExportConsolidatedReport(provinceId, kind, year, number ?? 1, format), ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    public static ValueTask<Ok<ReportDeadlineDto>> SetReportDeadline(Guid provinceId, SetReportDeadline body, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(body with { ProvinceId = provinceId }, ct);
}
