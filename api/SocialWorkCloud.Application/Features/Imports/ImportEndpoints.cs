using System.Text.Json;
using System.Text.Json.Serialization;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Endpoints;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Domain.Imports;

namespace SocialWorkCloud.Application.Features.Imports;

/// <summary>
/// Spreadsheet imports. Each kind has literal routes (no route parameter): the template, the dry run, the
/// annotated workbook and the commit; uploads are multipart with the field <c>file</c> (an .xlsx under 20 MB).
/// </summary>
public sealed class ImportEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var imports = v1.MapGroup("/imports").WithTags("Imports").RequireAuthorization().WithStandardProblems()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            // The portal names a long check or commit (header Import-Progress: a GUID of its choice) and polls /imports/progress.
            .AddEndpointFilter(async (context, next) =>
            {
                if (Guid.TryParse(context.HttpContext.Request.Headers[ImportProgressRun.Header], out var token))
                {
                    context.HttpContext.RequestServices.GetRequiredService<ImportProgressRun>().Token = token;
                }
                return await next(context);
            });
        imports.MapGet("/progress", GetImportProgress).WithName(nameof(GetImportProgress))
            .WithSummary("Where the caller's running check or commit stands: rows read, share of the sheet read, phase")
            .WithDescription("`token` is the GUID the caller sent in the `Import-Progress` header of its check or commit. Kept for 15 minutes by the replica that ran the import; 404 elsewhere or when unknown.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        imports.MapGet("", ListImports).WithName(nameof(ListImports)).WithSummary("Past imports of the caller's province or facility, newest first");

        imports.MapGet("/facilities/template", GetFacilitiesImportTemplate).WithName(nameof(GetFacilitiesImportTemplate))
            .WithSummary("The facilities template (province officer)").ProducesFile(ImportFile.ContentType);
        imports.MapPost("/facilities/check", CheckFacilitiesImport).WithName(nameof(CheckFacilitiesImport))
            .WithSummary("Dry run of a facilities workbook: every problem by row and column; writes nothing").Upload();
        imports.MapPost("/facilities/annotated", AnnotateFacilitiesImport).WithName(nameof(AnnotateFacilitiesImport))
            .WithSummary("The facilities workbook with a column naming each row's problems").Upload()
            .ProducesFile(ImportFile.ContentType);
        imports.MapPost("/facilities/commit", CommitFacilitiesImport).WithName(nameof(CommitFacilitiesImport))
            .WithSummary("Import a facilities workbook, all or nothing (422 when the dry run finds problems)").Upload();

        imports.MapGet("/clients/template", GetClientsImportTemplate).WithName(nameof(GetClientsImportTemplate))
            .WithSummary("The clients template (facility admin)").ProducesFile(ImportFile.ContentType);
        imports.MapPost("/clients/check", CheckClientsImport).WithName(nameof(CheckClientsImport))
            .WithSummary("Dry run of a clients workbook: problems by row and column, and rows that look like existing clients").Upload();
        imports.MapPost("/clients/annotated", AnnotateClientsImport).WithName(nameof(AnnotateClientsImport))
            .WithSummary("The clients workbook with a column naming each row's problems").Upload()
            .ProducesFile(ImportFile.ContentType);
        imports.MapPost("/clients/commit", CommitClientsImport).WithName(nameof(CommitClientsImport))
            .WithSummary("Import a clients workbook, all or nothing; `decisions` (JSON: [{row, choice: Skip|CreateAnyway}]) for each look-alike row").Upload();

        imports.MapGet("/staff/template", GetStaffImportTemplate).WithName(nameof(GetStaffImportTemplate))
            .WithSummary("The staff template (facility admin)").ProducesFile(ImportFile.ContentType);
        imports.MapPost("/staff/check", CheckStaffImport).WithName(nameof(CheckStaffImport))
            .WithSummary("Dry run of a staff workbook: every problem by row and column; writes nothing").Upload();
        imports.MapPost("/staff/annotated", AnnotateStaffImport).WithName(nameof(AnnotateStaffImport))
            .WithSummary("The staff workbook with a column naming each row's problems").Upload()
            .ProducesFile(ImportFile.ContentType);
        imports.MapPost("/staff/commit", CommitStaffImport).WithName(nameof(CommitStaffImport))
            .WithSummary("Import staff with practice certificates from a workbook, all or nothing (422 when the dry run finds problems)").Upload();

        imports.MapGet("/departments/template", GetDepartmentsImportTemplate).WithName(nameof(GetDepartmentsImportTemplate))
            .WithSummary("The departments template (facility admin)").ProducesFile(ImportFile.ContentType);
        imports.MapPost("/departments/check", CheckDepartmentsImport).WithName(nameof(CheckDepartmentsImport))
            .WithSummary("Dry run of a departments workbook: every problem by row and column; writes nothing").Upload();
        imports.MapPost("/departments/annotated", AnnotateDepartmentsImport).WithName(nameof(AnnotateDepartmentsImport))
            .WithSummary("The departments workbook with a column naming each row's problems").Upload()
            .ProducesFile(ImportFile.ContentType);
        imports.MapPost("/departments/commit", CommitDepartmentsImport).WithName(nameof(CommitDepartmentsImport))
            .WithSummary("Import departments and residential groups from a workbook, all or nothing (422 when the dry run finds problems)").Upload();

        imports.MapGet("/collaborators/template", GetCollaboratorsImportTemplate).WithName(nameof(GetCollaboratorsImportTemplate))
            .WithSummary("The collaborators template (facility admin)").ProducesFile(ImportFile.ContentType);
        imports.MapPost("/collaborators/check", CheckCollaboratorsImport).WithName(nameof(CheckCollaboratorsImport))
            .WithSummary("Dry run of a collaborators workbook: every problem by row and column; writes nothing").Upload();
        imports.MapPost("/collaborators/annotated", AnnotateCollaboratorsImport).WithName(nameof(AnnotateCollaboratorsImport))
            .WithSummary("The collaborators workbook with a column naming each row's problems").Upload()
            .ProducesFile(ImportFile.ContentType);
        imports.MapPost("/collaborators/commit", CommitCollaboratorsImport).WithName(nameof(CommitCollaboratorsImport))
            .WithSummary("Import collaborators from a workbook, all or nothing (422 when the dry run finds problems)").Upload();

        imports.MapGet("/donors/template", GetDonorsImportTemplate).WithName(nameof(GetDonorsImportTemplate))
            .WithSummary("The donors template (facility admin)").ProducesFile(ImportFile.ContentType);
        imports.MapPost("/donors/check", CheckDonorsImport).WithName(nameof(CheckDonorsImport))
            .WithSummary("Dry run of a donors workbook: every problem by row and column; writes nothing").Upload();
        imports.MapPost("/donors/annotated", AnnotateDonorsImport).WithName(nameof(AnnotateDonorsImport))
            .WithSummary("The donors workbook with a column naming each row's problems").Upload()
            .ProducesFile(ImportFile.ContentType);
        imports.MapPost("/donors/commit", CommitDonorsImport).WithName(nameof(CommitDonorsImport))
            .WithSummary("Import donors from a workbook, all or nothing (422 when the dry run finds problems)").Upload();

        imports.MapGet("/users/template", GetUsersImportTemplate).WithName(nameof(GetUsersImportTemplate))
            .WithSummary("The users template (platform admin, province officer)").ProducesFile(ImportFile.ContentType);
        imports.MapPost("/users/check", CheckUsersImport).WithName(nameof(CheckUsersImport))
            .WithSummary("Dry run of a users workbook: every problem by row and column; writes nothing").Upload();
        imports.MapPost("/users/annotated", AnnotateUsersImport).WithName(nameof(AnnotateUsersImport))
            .WithSummary("The users workbook with a column naming each row's problems").Upload()
            .ProducesFile(ImportFile.ContentType);
        imports.MapPost("/users/commit", CommitUsersImport).WithName(nameof(CommitUsersImport))
            .WithSummary("Import user accounts (each invited by e-mail) from a workbook, all or nothing (422 when the dry run finds problems)").Upload();
    }

    /// <param name="token">The GUID sent in the <c>Import-Progress</c> header of the running check or commit.</param>
    public static ValueTask<Ok<ImportProgressDto>> GetImportProgress([FromQuery] Guid token, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetImportProgress(token), ct);

    /// <param name="kind">Only this kind.</param>
    public static ValueTask<Ok<IReadOnlyList<ImportRecordDto>>> ListImports(ImportKind? kind, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListImports(kind), ct);

    public static Task<FileContentHttpResult> GetFacilitiesImportTemplate(IMediator mediator, CancellationToken ct) => Template(ImportKind.Facilities, mediator, ct);

    public static Task<Ok<ImportCheckResult>> CheckFacilitiesImport(IFormFile? file, IMediator mediator, CancellationToken ct) =>
        Check(ImportKind.Facilities, file, mediator, ct);

    public static Task<FileContentHttpResult> AnnotateFacilitiesImport(IFormFile? file, IMediator mediator, CancellationToken ct) =>
        Annotate(ImportKind.Facilities, file, mediator, ct);

    public static Task<Ok<ImportRecordDto>> CommitFacilitiesImport(IFormFile? file, IMediator mediator, CancellationToken ct) =>
        Commit(ImportKind.Facilities, file, null, mediator, ct);

    public static Task<FileContentHttpResult> GetClientsImportTemplate(IMediator mediator, CancellationToken ct) => Template(ImportKind.Clients, mediator, ct);

    public static Task<Ok<ImportCheckResult>> CheckClientsImport(IFormFile? file, IMediator mediator, CancellationToken ct) =>
        Check(ImportKind.Clients, file, mediator, ct);

    public static Task<FileContentHttpResult> AnnotateClientsImport(IFormFile? file, IMediator mediator, CancellationToken ct) =>
        Annotate(ImportKind.Clients, file, mediator, ct);

    /// <param name="decisions">JSON array of {row, choice}: what to do with each row that looks like an existing client.</param>
    public static Task<Ok<ImportRecordDto>> CommitClientsImport(IFormFile? file, [FromForm] string? decisions, IMediator mediator, CancellationToken ct) =>
        Commit(ImportKind.Clients, file, decisions, mediator, ct);

    public static Task<FileContentHttpResult> GetStaffImportTemplate(IMediator mediator, CancellationToken ct) => Template(ImportKind.Staff, mediator, ct);

    public static Task<Ok<ImportCheckResult>> CheckStaffImport(IFormFile? file, IMediator mediator, CancellationToken ct) =>
        Check(ImportKind.Staff, file, mediator, ct);

    public static Task<FileContentHttpResult> AnnotateStaffImport(IFormFile? file, IMediator mediator, CancellationToken ct) =>
        Annotate(ImportKind.Staff, file, mediator, ct);

    public static Task<Ok<ImportRecordDto>> CommitStaffImport(IFormFile? file, IMediator mediator, CancellationToken ct) =>
        Commit(ImportKind.Staff, file, null, mediator, ct);

    public static Task<FileContentHttpResult> GetDepartmentsImportTemplate(IMediator mediator, CancellationToken ct) => Template(ImportKind.Departments, mediator, ct);

    public static Task<Ok<ImportCheckResult>> CheckDepartmentsImport(IFormFile? file, IMediator mediator, CancellationToken ct) =>
        Check(ImportKind.Departments, file, mediator, ct);

    public static Task<FileContentHttpResult> AnnotateDepartmentsImport(IFormFile? file, IMediator mediator, CancellationToken ct) =>
        Annotate(ImportKind.Departments, file, mediator, ct);

    public static Task<Ok<ImportRecordDto>> CommitDepartmentsImport(IFormFile? file, IMediator mediator, CancellationToken ct) =>
        Commit(ImportKind.Departments, file, null, mediator, ct);

    public static Task<FileContentHttpResult> GetCollaboratorsImportTemplate(IMediator mediator, CancellationToken ct) => Template(ImportKind.Collaborators, mediator, ct);

    public static Task<Ok<ImportCheckResult>> CheckCollaboratorsImport(IFormFile? file, IMediator mediator, CancellationToken ct) =>
        Check(ImportKind.Collaborators, file, mediator, ct);

    public static Task<FileContentHttpResult> AnnotateCollaboratorsImport(IFormFile? file, IMediator mediator, CancellationToken ct) =>
        Annotate(ImportKind.Collaborators, file, mediator, ct);

    public static Task<Ok<ImportRecordDto>> CommitCollaboratorsImport(IFormFile? file, IMediator mediator, CancellationToken ct) =>
        Commit(ImportKind.Collaborators, file, null, mediator, ct);

    public static Task<FileContentHttpResult> GetDonorsImportTemplate(IMediator mediator, CancellationToken ct) => Template(ImportKind.Donors, mediator, ct);

    public static Task<Ok<ImportCheckResult>> CheckDonorsImport(IFormFile? file, IMediator mediator, CancellationToken ct) =>
        Check(ImportKind.Donors, file, mediator, ct);

    public static Task<FileContentHttpResult> AnnotateDonorsImport(IFormFile? file, IMediator mediator, CancellationToken ct) =>
        Annotate(ImportKind.Donors, file, mediator, ct);

    public static Task<Ok<ImportRecordDto>> CommitDonorsImport(IFormFile? file, IMediator mediator, CancellationToken ct) =>
        Commit(ImportKind.Donors, file, null, mediator, ct);

    public static Task<FileContentHttpResult> GetUsersImportTemplate(IMediator mediator, CancellationToken ct) => Template(ImportKind.Users, mediator, ct);

    public static Task<Ok<ImportCheckResult>> CheckUsersImport(IFormFile? file, IMediator mediator, CancellationToken ct) =>
        Check(ImportKind.Users, file, mediator, ct);

    public static Task<FileContentHttpResult> AnnotateUsersImport(IFormFile? file, IMediator mediator, CancellationToken ct) =>
        Annotate(ImportKind.Users, file, mediator, ct);

    public static Task<Ok<ImportRecordDto>> CommitUsersImport(IFormFile? file, IMediator mediator, CancellationToken ct) =>
        Commit(ImportKind.Users, file, null, mediator, ct);

    private static async Task<FileContentHttpResult> Template(ImportKind kind, IMediator mediator, CancellationToken ct)
    {
        var template = await mediator.Send(new GetImportTemplate(kind), ct);
        return TypedResults.File(template.Content, ImportFile.ContentType, template.FileName);
    }

    private static async Task<Ok<ImportCheckResult>> Check(ImportKind kind, IFormFile? file, IMediator mediator, CancellationToken ct)
    {
        await using var content = await SpoolAsync(file, ct);
        return TypedResults.Ok(await mediator.Send(new CheckImport(kind, file!.FileName, content), ct));
    }

    private static async Task<FileContentHttpResult> Annotate(ImportKind kind, IFormFile? file, IMediator mediator, CancellationToken ct)
    {
        await using var content = await SpoolAsync(file, ct);
        var annotated = await mediator.Send(new AnnotateImport(kind, file!.FileName, content), ct);
        return TypedResults.File(annotated.Content, ImportFile.ContentType, annotated.FileName);
    }

    private static async Task<Ok<ImportRecordDto>> Commit(ImportKind kind, IFormFile? file, string? decisions, IMediator mediator, CancellationToken ct)
    {
        var parsed = ParseDecisions(decisions);
        await using var content = await SpoolAsync(file, ct);
        return TypedResults.Ok(await mediator.Send(new CommitImport(kind, file!.FileName, content, parsed), ct));
    }

    private static readonly JsonSerializerOptions DecisionJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The longest <c>decisions</c> field: about 45 characters a look-alike row, for far more rows than a workbook under 20 MB holds.</summary>
    internal const int MaxDecisionsLength = 2_000_000;

    private static List<ImportRowDecision> ParseDecisions(string? decisions)
    {
        if (string.IsNullOrWhiteSpace(decisions)) return [];
        if (decisions.Length > MaxDecisionsLength) throw Invalid("decisions", "import-decisions-invalid");
        try
        {
            return JsonSerializer.Deserialize<List<ImportRowDecision>>(decisions, DecisionJson) ?? [];
        }
        catch (JsonException)
        {
            throw Invalid("decisions", "import-decisions-invalid");
        }
    }

    /// <summary>The upload, copied to a temporary file (deleted on close) so a 20 MB workbook is never held in memory.</summary>
    private static async Task<Stream> SpoolAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null) throw Invalid("file", "file-required");
        if (file.Length >= XlsxFile.MaxFileBytes) throw new BusinessRuleException("import-file-too-large", XlsxFile.MaxFileBytes / (1024 * 1024));
        var spool = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        await file.CopyToAsync(spool, ct);
        spool.Position = 0;
        return spool;
    }

    private static FluentValidation.ValidationException Invalid(string field, string code) =>
        new([new FluentValidation.Results.ValidationFailure(field, TextCatalog.Get(code)) { ErrorCode = code }]);
}

internal static class UploadEndpoint
{
    /// <summary>Multipart upload (field <c>file</c>); tokens, not cookies, authenticate, so no antiforgery token is asked.</summary>
    public static RouteHandlerBuilder Upload(this RouteHandlerBuilder route) =>
        route.DisableAntiforgery().Accepts<IFormFile>("multipart/form-data").ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithFormLimits(("file", XlsxFile.MaxFileBytes - 1), ("decisions", ImportEndpoints.MaxDecisionsLength));
}
