using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialWorkCloud.Application.Common.Auditing;
using SocialWorkCloud.Application.Common.Endpoints;
using SocialWorkCloud.Application.Common.Paging;

namespace SocialWorkCloud.Application.Features.Audit;

public sealed class AuditEndpoints : IEndpointGroup
{
    private const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public void Map(RouteGroupBuilder v1)
    {
        var facility = v1.MapGroup("/audit").WithTags("Audit").RequireAuthorization().WithStandardProblems();
        facility.MapGet("/entries", ListAuditEntries).WithName(nameof(ListAuditEntries))
            .WithSummary("The caller's facility's audit log (unit head), filtered by person, record, action and Vietnamese dates, newest first");
        facility.MapGet("/entries/export", ExportAuditEntries).WithName(nameof(ExportAuditEntries))
            .WithSummary("The filtered audit log as an Excel workbook with Vietnamese headers").ProducesFile(FileResponses.Excel);
        facility.MapGet("/verification", VerifyFacilityChain).WithName(nameof(VerifyFacilityChain))
            .WithSummary("Recompute the facility's audit or ledger hash chain: ok with the row count, or the first broken link");

        var platform = v1.MapGroup("/platform/audit").WithTags("Audit").RequireAuthorization().WithStandardProblems();
        platform.MapGet("/entries", ListPlatformAuditEntries).WithName(nameof(ListPlatformAuditEntries))
            .WithSummary("The platform's own audit log (platform admin): provinces, facilities, platform accounts");
        platform.MapGet("/entries/export", ExportPlatformAuditEntries).WithName(nameof(ExportPlatformAuditEntries))
            .WithSummary("The filtered platform log as an Excel workbook").ProducesFile(FileResponses.Excel);
        platform.MapGet("/verification", VerifyPlatformChain).WithName(nameof(VerifyPlatformChain))
            .WithSummary("Recompute the platform's audit hash chain");
    }

    /// <param name="userId">Only what this person did.</param>
    /// <param name="entityType">The record's type (e.g. Client, Case); with entityId.</param>
    /// <param name="entityId">The record's id; with entityType.</param>
    /// <param name="action">An action (client.view-identifiers), or a prefix ending in a dot (client.).</param>
    /// <param name="from">First Vietnamese calendar day (included).</param>
    /// <param name="to">Last Vietnamese calendar day (included).</param>
    public static ValueTask<Ok<PagedList<AuditEntryView>>> ListAuditEntries(Guid? userId, string? entityType, Guid? entityId, string? action,
        DateOnly? from, DateOnly? to, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListAuditEntries(userId, entityType, entityId, action, from, to, page ?? 1, pageSize ?? 50), ct);

    /// <param name="userId">Only what this person did.</param>
    /// <param name="entityType">The record's type; with entityId.</param>
    /// <param name="entityId">The record's id; with entityType.</param>
    /// <param name="action">An action, or a prefix ending in a dot.</param>
    /// <param name="from">First Vietnamese calendar day (included).</param>
    /// <param name="to">Last Vietnamese calendar day (included).</param>
    public static async Task<FileContentHttpResult> ExportAuditEntries(Guid? userId, string? entityType, Guid? entityId, string? action,
        DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
        TypedResults.File(await mediator.Send(new ExportAuditEntries(userId, entityType, entityId, action, from, to), ct), ExcelContentType, "nhat-ky-kiem-toan.xlsx");

    /// <param name="chain">Audit (the audit log) or Ledger (the fundraising ledger).</param>
    public static ValueTask<Ok<ChainVerification>> VerifyFacilityChain(FacilityChain? chain, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new VerifyFacilityChain(chain ?? FacilityChain.Audit), ct);

    /// <param name="userId">Only what this person did.</param>
    /// <param name="entityType">The record's type; with entityId.</param>
    /// <param name="entityId">The record's id; with entityType.</param>
    /// <param name="action">An action, or a prefix ending in a dot.</param>
    /// <param name="from">First Vietnamese calendar day (included).</param>
    /// <param name="to">Last Vietnamese calendar day (included).</param>
    public static ValueTask<Ok<PagedList<AuditEntryView>>> ListPlatformAuditEntries(Guid? userId, string? entityType, Guid? entityId, string? action,
        DateOnly? from, DateOnly? to, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListPlatformAuditEntries(userId, entityType, entityId, action, from, to, page ?? 1, pageSize ?? 50), ct);

    /// <param name="userId">Only what this person did.</param>
    /// <param name="entityType">The record's type; with entityId.</param>
    /// <param name="entityId">The record's id; with entityType.</param>
    /// <param name="action">An action, or a prefix ending in a dot.</param>
    /// <param name="from">First Vietnamese calendar day (included).</param>
    /// <param name="to">Last Vietnamese calendar day (included).</param>
    public static async Task<FileContentHttpResult> ExportPlatformAuditEntries(Guid? userId, string? entityType, Guid? entityId, string? action,
        DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
        TypedResults.File(await mediator.Send(new ExportPlatformAuditEntries(userId, entityType, entityId, action, from, to), ct), ExcelContentType, "nhat-ky-nen-tang.xlsx");

    public static ValueTask<Ok<ChainVerification>> VerifyPlatformChain(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new VerifyPlatformChain(), ct);
}
