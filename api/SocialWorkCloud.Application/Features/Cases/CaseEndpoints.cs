using SocialWorkCloud.Application.Common.Endpoints;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialWorkCloud.Application.Common.Paging;
using SocialWorkCloud.Domain.Cases;

namespace SocialWorkCloud.Application.Features.Cases;

public sealed class CaseEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var province = v1.MapGroup("/provinces/{provinceId:guid}/case-figures").WithTags("Cases").RequireAuthorization().WithStandardProblems();
        province.MapGet("", GetProvinceCaseFigures).WithName(nameof(GetProvinceCaseFigures))
            .WithSummary("Case-management aggregates per facility of a province (counts only; province officers)");
        var cases = v1.MapGroup("/cases").WithTags("Cases").RequireAuthorization().WithStandardProblems();
        cases.MapGet("", ListCases).WithName(nameof(ListCases))
            .WithSummary("Cases the caller may see (sensitive ones only to their worker and the unit head; collaborators their own)");
        cases.MapGet("/work-lists", GetWorkLists).WithName(nameof(GetWorkLists))
            .WithSummary("My open cases, overdue tasks, plans past review; for the unit head also approvals awaiting a decision and alerts");
        cases.MapGet("/assignees", ListAssignees).WithName(nameof(ListAssignees))
            .WithSummary("The people of the facility a case can be assigned to (unit head, social workers, collaborators): names and roles");
        cases.MapGet("/figures", GetCaseFigures).WithName(nameof(GetCaseFigures))
            .WithSummary("The facility's figures for a period: cases opened/closed, average days to close, clients by category, children supported, counselling, referrals by status");
        cases.MapGet("/export", ExportCases).WithName(nameof(ExportCases))
            .WithSummary("The case list the caller may see as an Excel workbook, identifiers masked")
            .ProducesFile(FileResponses.Excel);
        cases.MapGet("/{caseId:guid}", GetCase).WithName(nameof(GetCase))
            .WithSummary("A case with its transitions, assessments, plan, approvals, services, notes and tasks (reading a sensitive case is audited)");
        cases.MapPost("", OpenCase).WithName(nameof(OpenCase)).WithSummary("Open a case for a client at intake").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        cases.MapPut("/{caseId:guid}", UpdateCase).WithName(nameof(UpdateCase))
            .WithSummary("Assignment, priority, risk level, sensitive mark; send the version you read").ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        cases.MapPost("/{caseId:guid}/transitions", MoveCase).WithName(nameof(MoveCase))
            .WithSummary("Move the case to another stage; skipping or going back needs a reason")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        cases.MapPost("/{caseId:guid}/assessments", AddAssessment).WithName(nameof(AddAssessment))
            .WithSummary("Record an assessment; a child at high risk raises an alert for the unit head").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        cases.MapPut("/{caseId:guid}/plan", SavePlan).WithName(nameof(SavePlan))
            .WithSummary("Write the case plan; a changed plan needs approval again")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        cases.MapPost("/{caseId:guid}/approval-requests", RequestApproval).WithName(nameof(RequestApproval))
            .WithSummary("Ask the unit head to approve the plan or the closure (closing reason required)")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        cases.MapPost("/{caseId:guid}/approval-decisions", DecideApproval).WithName(nameof(DecideApproval))
            .WithSummary("The unit head approves or returns (with a comment) the plan or the closure")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        cases.MapPost("/{caseId:guid}/reopen", ReopenCase).WithName(nameof(ReopenCase))
            .WithSummary("Reopen a closed case with a reason").ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        cases.MapPost("/{caseId:guid}/services", RecordService).WithName(nameof(RecordService))
            .WithSummary("Record a service delivered (one taxonomy, value in whole VND)").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        cases.MapPost("/{caseId:guid}/notes", AddCaseNote).WithName(nameof(AddCaseNote)).WithSummary("Add a case note").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        cases.MapPost("/{caseId:guid}/tasks", AddFollowUpTask).WithName(nameof(AddFollowUpTask))
            .WithSummary("Add a follow-up task with a due date").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        cases.MapPost("/{caseId:guid}/tasks/{taskId:guid}/done", CompleteFollowUpTask).WithName(nameof(CompleteFollowUpTask))
            .WithSummary("Mark a follow-up task done").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        cases.MapPost("/alerts/{alertId:guid}/acknowledge", AcknowledgeAlert).WithName(nameof(AcknowledgeAlert))
            .WithSummary("The unit head has seen an alert (it leaves the work list)");
    }

    private const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static ValueTask<Ok<IReadOnlyList<Assignee>>> ListAssignees(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListAssignees(), ct);

    /// <param name="from">First day of the period (default 1 January of the end date's year).</param>
    /// <param name="to">Last day of the period (default today).</param>
    public static ValueTask<Ok<ProvinceCaseFigures>> GetProvinceCaseFigures(Guid provinceId, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetProvinceCaseFigures(provinceId, from, to), ct);

    /// <param name="from">First day of the period (default 1 January of the end date's year).</param>
    /// <param name="to">Last day of the period (default today).</param>
    public static ValueTask<Ok<CaseFigures>> GetCaseFigures(DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetCaseFigures(from, to), ct);

    /// <param name="mine">Only cases assigned to me.</param>
    /// <param name="stage">Only cases at this stage.</param>
    /// <param name="openOnly">Leave out closed cases.</param>
    /// <param name="search">Part of the client's name; accents and case ignored.</param>
    public static async Task<FileContentHttpResult> ExportCases(bool? mine, CaseStage? stage, bool? openOnly, string? search, IMediator mediator, CancellationToken ct) =>
        TypedResults.File(await mediator.Send(new ExportCases(mine ?? false, stage, openOnly ?? false, search), ct), ExcelContentType, "truong-hop.xlsx");

    /// <param name="mine">Only cases assigned to me.</param>
    /// <param name="stage">Only cases at this stage.</param>
    /// <param name="openOnly">Leave out closed cases.</param>
    /// <param name="search">Part of the client's name; accents and case ignored.</param>
    /// <param name="page">1-based page number.</param>
    /// <param name="pageSize">Rows per page, 1–200 (default 25).</param>
    public static ValueTask<Ok<PagedList<CaseSummary>>> ListCases(
        bool? mine, CaseStage? stage, bool? openOnly, string? search, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListCases(mine ?? false, stage, openOnly ?? false, search, page ?? 1, pageSize ?? 25), ct);

    public static ValueTask<Ok<WorkLists>> GetWorkLists(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetWorkLists(), ct);

    public static ValueTask<Ok<CaseDetail>> GetCase(Guid caseId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetCase(caseId), ct);

    public static async Task<Created<CaseDetail>> OpenCase(OpenCase request, IMediator mediator, CancellationToken ct)
    {
        var opened = await mediator.Send(request, ct);
        return TypedResults.Created($"/api/v1/cases/{opened.Id}", opened);
    }

    public static ValueTask<Ok<CaseDetail>> UpdateCase(Guid caseId, UpdateCase request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { CaseId = caseId }, ct);

    public static ValueTask<Ok<CaseDetail>> MoveCase(Guid caseId, MoveCase request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { CaseId = caseId }, ct);

    public static ValueTask<Ok<CaseDetail>> AddAssessment(Guid caseId, AddAssessment request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { CaseId = caseId }, ct);

    public static ValueTask<Ok<CaseDetail>> SavePlan(Guid caseId, SavePlan request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { CaseId = caseId }, ct);

    public static ValueTask<Ok<CaseDetail>> RequestApproval(Guid caseId, RequestApproval request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { CaseId = caseId }, ct);

    public static ValueTask<Ok<CaseDetail>> DecideApproval(Guid caseId, DecideApproval request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { CaseId = caseId }, ct);

    public static ValueTask<Ok<CaseDetail>> ReopenCase(Guid caseId, ReopenCase request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { CaseId = caseId }, ct);

    public static ValueTask<Ok<CaseDetail>> RecordService(Guid caseId, RecordService request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { CaseId = caseId }, ct);

    public static ValueTask<Ok<CaseDetail>> AddCaseNote(Guid caseId, AddCaseNote request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { CaseId = caseId }, ct);

    public static ValueTask<Ok<CaseDetail>> AddFollowUpTask(Guid caseId, AddFollowUpTask request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { CaseId = caseId }, ct);

    public static ValueTask<Ok<CaseDetail>> CompleteFollowUpTask(Guid caseId, Guid taskId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new CompleteFollowUpTask(caseId, taskId), ct);

    public static async Task<NoContent> AcknowledgeAlert(Guid alertId, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new AcknowledgeAlert(alertId), ct);
        return TypedResults.NoContent();
    }
}
