using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialWorkCloud.Application.Common.Endpoints;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Workforce;

public sealed class WorkforceEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var departments = v1.MapGroup("/departments").WithTags("Workforce").RequireAuthorization().WithStandardProblems();
        departments.MapGet("", ListDepartments).WithName(nameof(ListDepartments))
            .WithSummary("The facility's departments and residential groups, with collaborators per department (a collaborator in every clinical department)");
        departments.MapPost("", CreateDepartment).WithName(nameof(CreateDepartment))
            .WithSummary("Add a department or residential group (unit head)").ProducesProblem(StatusCodes.Status409Conflict);

        var workforce = v1.MapGroup("/workforce").WithTags("Workforce").RequireAuthorization().WithStandardProblems();
        workforce.MapGet("/staff", ListStaffMembers).WithName(nameof(ListStaffMembers))
            .WithSummary("The unit's staff with their practice certificates");
        workforce.MapPost("/staff", CreateStaffMember).WithName(nameof(CreateStaffMember))
            .WithSummary("Add a staff member (unit head)");
        workforce.MapPut("/staff/{staffMemberId:guid}", UpdateStaffMember).WithName(nameof(UpdateStaffMember))
            .WithSummary("Edit a staff member; send the version you read (409 when stale)").ProducesProblem(StatusCodes.Status409Conflict);
        workforce.MapPost("/staff/{staffMemberId:guid}/certificates", AddPracticeCertificate).WithName(nameof(AddPracticeCertificate))
            .WithSummary("Record a practice certificate (Decree 110/2024/NĐ-CP)").ProducesProblem(StatusCodes.Status409Conflict);
        workforce.MapPost("/certificates/{certificateId:guid}/scan", UploadCertificateScan).WithName(nameof(UploadCertificateScan))
            .WithSummary("Upload the scanned copy of a certificate (multipart field `file`: PDF, JPEG or PNG, up to 5 MB)")
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data").WithFormLimits(("file", UploadCertificateScanValidator.MaxBytes));
        workforce.MapGet("/certificates/{certificateId:guid}/scan", GetCertificateScan).WithName(nameof(GetCertificateScan))
            .WithSummary("Download the scanned copy of a certificate").ProducesFile(FileResponses.Scans);
        workforce.MapGet("/certificate-watch", GetCertificateWatch).WithName(nameof(GetCertificateWatch))
            .WithSummary("Who practises without a certificate, who needs one by 01/01/2027, certificates expiring within 60 days");
        workforce.MapGet("/collaborators", ListCollaborators).WithName(nameof(ListCollaborators))
            .WithSummary("The facility's collaborators with their department or residential group");
        workforce.MapPost("/collaborators", CreateCollaborator).WithName(nameof(CreateCollaborator))
            .WithSummary("Add a collaborator (unit head)");
    }

    public static ValueTask<Ok<DepartmentList>> ListDepartments(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListDepartments(), ct);

    public static async Task<Created<DepartmentDto>> CreateDepartment(CreateDepartment request, IMediator mediator, CancellationToken ct) =>
        TypedResults.Created("/api/v1/departments", await mediator.Send(request, ct));

    /// <param name="search">Part of a name; accents and case are ignored.</param>
    public static ValueTask<Ok<IReadOnlyList<StaffMemberDto>>> ListStaffMembers(string? search, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListStaffMembers(search), ct);

    public static async Task<Created<StaffMemberDto>> CreateStaffMember(CreateStaffMember request, IMediator mediator, CancellationToken ct) =>
        TypedResults.Created("/api/v1/workforce/staff", await mediator.Send(request, ct));

    public static ValueTask<Ok<StaffMemberDto>> UpdateStaffMember(Guid staffMemberId, UpdateStaffMember request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { StaffMemberId = staffMemberId }, ct);

    public static async Task<Created<CertificateDto>> AddPracticeCertificate(
        Guid staffMemberId, AddPracticeCertificate request, IMediator mediator, CancellationToken ct) =>
        TypedResults.Created("/api/v1/workforce/staff", await mediator.Send(request with { StaffMemberId = staffMemberId }, ct));

    public static async Task<Ok<CertificateDto>> UploadCertificateScan(Guid certificateId, IFormFile? file, IMediator mediator, CancellationToken ct)
    {
        if (file is null)
        {
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("file", TextCatalog.Get("file-required")) { ErrorCode = "file-required" }]);
        }
        using var buffer = new MemoryStream();
        // Read at most one byte past the limit: the validator refuses anything larger.
        await file.OpenReadStream().CopyToAsync(buffer, ct);
        return TypedResults.Ok(await mediator.Send(new UploadCertificateScan(certificateId, file.FileName, file.ContentType, buffer.ToArray()), ct));
    }

    public static async Task<FileContentHttpResult> GetCertificateScan(Guid certificateId, IMediator mediator, CancellationToken ct)
    {
        var scan = await mediator.Send(new GetCertificateScan(certificateId), ct);
        return TypedResults.File(scan.Content, scan.ContentType, scan.FileName);
    }

    /// <param name="asOf">The day the rule is applied on (default: today in Vietnam).</param>
    public static ValueTask<Ok<CertificateWatch>> GetCertificateWatch(DateOnly? asOf, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetCertificateWatch(asOf), ct);

    public static ValueTask<Ok<IReadOnlyList<CollaboratorDto>>> ListCollaborators(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListCollaborators(), ct);

    public static async Task<Created<CollaboratorDto>> CreateCollaborator(CreateCollaborator request, IMediator mediator, CancellationToken ct) =>
        TypedResults.Created("/api/v1/workforce/collaborators", await mediator.Send(request, ct));
}
