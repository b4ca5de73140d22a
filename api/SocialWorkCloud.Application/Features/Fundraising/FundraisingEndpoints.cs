using SocialWorkCloud.Application.Common.Endpoints;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialWorkCloud.Application.Common.Paging;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

public sealed class FundraisingEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var funds = v1.MapGroup("/fundraising").WithTags("Fundraising").RequireAuthorization().WithStandardProblems();
        funds.MapGet("/campaigns", ListCampaigns).WithName(nameof(ListCampaigns))
            .WithSummary("The facility's campaigns and general fund with their totals");
        funds.MapPost("/campaigns", CreateCampaign).WithName(nameof(CreateCampaign))
            .WithSummary("Start a campaign (in draft) or the facility's standing general fund").ProducesProblem(StatusCodes.Status409Conflict);
        funds.MapGet("/campaigns/{campaignId:guid}", GetCampaign).WithName(nameof(GetCampaign))
            .WithSummary("A campaign with its totals and stock");
        funds.MapPut("/campaigns/{campaignId:guid}", UpdateCampaign).WithName(nameof(UpdateCampaign))
            .WithSummary("Edit a campaign's description and dates; send the version you read (409 when stale)")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        funds.MapPost("/campaigns/{campaignId:guid}/status", ChangeCampaignStatus).WithName(nameof(ChangeCampaignStatus))
            .WithSummary("Move a campaign forward: draft → open → closed → settled (unit head)")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        funds.MapPost("/campaigns/{campaignId:guid}/publish", PublishCampaign).WithName(nameof(PublishCampaign))
            .WithSummary("Publish the campaign's public disclosure page; it cannot be withdrawn (unit head)")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        funds.MapGet("/campaigns/{campaignId:guid}/statement", GetCampaignStatement).WithName(nameof(GetCampaignStatement))
            .WithSummary("The campaign's ledger as a statement: entries in recording order, reversals included, with the running cash balance; a page at a time (pageSize up to 1000, default 200), the next page by cursor=nextCursor")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        funds.MapPost("/campaigns/{campaignId:guid}/cash-receipts", RecordCashReceipt).WithName(nameof(RecordCashReceipt))
            .WithSummary("Record money received; it gets the facility's next receipt number of the year")
            .WithDescription("A receipt dated after the campaign's end date (or before its start) is refused with 422.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        funds.MapPost("/campaigns/{campaignId:guid}/goods-receipts", RecordGoodsReceipt).WithName(nameof(RecordGoodsReceipt))
            .WithSummary("Record goods received in kind; they enter the campaign's stock").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        funds.MapPost("/campaigns/{campaignId:guid}/distributions", RecordDistribution).WithName(nameof(RecordDistribution))
            .WithSummary("Distribute cash or goods to a client, a department or a group activity; never more than the campaign holds")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        funds.MapPost("/entries/{entryId:guid}/reversal", ReverseEntry).WithName(nameof(ReverseEntry))
            .WithSummary("Reverse a mistaken entry with the reason; the original stays in the ledger (unit head)")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        funds.MapPost("/entries/{entryId:guid}/approval", ApproveDistribution).WithName(nameof(ApproveDistribution))
            .WithSummary("Approve a distribution above the facility's threshold (unit head)")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        funds.MapPost("/entries/{entryId:guid}/acknowledgement", AcknowledgeDistribution).WithName(nameof(AcknowledgeDistribution))
            .WithSummary("Record the beneficiary's acknowledgement, optionally with the signed paper scanned")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        funds.MapGet("/entries/{entryId:guid}/acknowledgement/scan", GetAcknowledgementScan).WithName(nameof(GetAcknowledgementScan))
            .WithSummary("The signed paper of an acknowledgement").ProducesFile(FileResponses.Scans);
        funds.MapGet("/entries/{entryId:guid}/receipt", GetReceiptDocument).WithName(nameof(GetReceiptDocument))
            .WithSummary("The printable receipt (biên nhận) for the donor, as a PDF").ProducesFile(FileResponses.Pdf);
        funds.MapGet("/donors", ListDonors).WithName(nameof(ListDonors))
            .WithSummary("The facility's donors with what each has given; search ignores diacritics");
        funds.MapPost("/donors", CreateDonor).WithName(nameof(CreateDonor)).WithSummary("Add a donor");
        funds.MapGet("/donors/{donorId:guid}", GetDonor).WithName(nameof(GetDonor)).WithSummary("A donor and their history of gifts");
        funds.MapPut("/donors/{donorId:guid}", UpdateDonor).WithName(nameof(UpdateDonor))
            .WithSummary("Edit a donor; send the version you read (409 when stale)").ProducesProblem(StatusCodes.Status409Conflict);
        funds.MapGet("/banks", ListBanks).WithName(nameof(ListBanks))
            .WithSummary("The Vietnamese banks a campaign's transfer account may be at, with their NAPAS BINs (for VietQR)");
        funds.MapGet("/settings", GetFundraisingSettings).WithName(nameof(GetFundraisingSettings))
            .WithSummary("The facility's approval threshold and yearly fundraising target");
        funds.MapPut("/settings", UpdateFundraisingSettings).WithName(nameof(UpdateFundraisingSettings))
            .WithSummary("Set the approval threshold and yearly target (unit head)").ProducesProblem(StatusCodes.Status409Conflict);
        funds.MapGet("/summary", GetFundraisingSummary).WithName(nameof(GetFundraisingSummary))
            .WithSummary("The facility's figures for a year: raised against the target, patients supported, goods distributed");
        funds.MapGet("/consistency", CheckLedgerConsistency).WithName(nameof(CheckLedgerConsistency))
            .WithSummary("Recompute every campaign's balances and stock from the ledger and compare (unit head)");

        v1.MapGroup("/provinces").WithTags("Fundraising").RequireAuthorization().WithStandardProblems()
            .MapGet("/{provinceId:guid}/fundraising", GetProvinceFundraising).WithName(nameof(GetProvinceFundraising))
            .WithSummary("Fundraising totals per facility of a province for a year, with each facility's ledger check (aggregates only)");

        var open = v1.MapGroup("/public").WithTags("Public disclosure").AllowAnonymous()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        open.MapGet("/campaigns/{campaignId:guid}", GetPublicCampaign).WithName(nameof(GetPublicCampaign))
            .WithSummary("A published campaign's disclosure page, without login: totals, donors, de-identified distributions");
        open.MapGet("/campaigns/{campaignId:guid}/export", ExportPublicCampaign).WithName(nameof(ExportPublicCampaign))
            .WithSummary("The disclosure as Excel (format=Xlsx) or PDF (format=Pdf)").ProducesFile(FileResponses.Excel, FileResponses.Pdf);
    }

    /// <param name="status">Only campaigns in this status.</param>
    /// <param name="page">1-based page number.</param>
    /// <param name="pageSize">Rows per page, 1–200 (default 25).</param>
    public static ValueTask<Ok<PagedList<CampaignSummary>>> ListCampaigns(CampaignStatus? status, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListCampaigns(status, page ?? 1, pageSize ?? 25), ct);

    public static async Task<Created<CampaignDetail>> CreateCampaign(CreateCampaign request, IMediator mediator, CancellationToken ct)
    {
        var campaign = await mediator.Send(request, ct);
        return TypedResults.Created($"/api/v1/fundraising/campaigns/{campaign.Id}", campaign);
    }

    public static ValueTask<Ok<CampaignDetail>> GetCampaign(Guid campaignId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetCampaign(campaignId), ct);

    public static ValueTask<Ok<CampaignDetail>> UpdateCampaign(Guid campaignId, UpdateCampaign request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { CampaignId = campaignId }, ct);

    public static ValueTask<Ok<CampaignDetail>> ChangeCampaignStatus(Guid campaignId, ChangeCampaignStatus request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { CampaignId = campaignId }, ct);

    public static ValueTask<Ok<CampaignDetail>> PublishCampaign(Guid campaignId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new PublishCampaign(campaignId), ct);

    /// <param name="cursor">The previous page's nextCursor; none for the first page.</param>
    /// <param name="pageSize">Entries per page, 1–1000 (default 200).</param>
    public static ValueTask<Ok<CampaignStatement>> GetCampaignStatement(Guid campaignId, string? cursor, int? pageSize, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetCampaignStatement(campaignId, cursor, pageSize ?? Fundraising.GetCampaignStatement.DefaultPageSize), ct);

    public static async Task<Created<LedgerEntryDto>> RecordCashReceipt(Guid campaignId, RecordCashReceipt request, IMediator mediator, CancellationToken ct) =>
        Entry(await mediator.Send(request with { CampaignId = campaignId }, ct));

    public static async Task<Created<LedgerEntryDto>> RecordGoodsReceipt(Guid campaignId, RecordGoodsReceipt request, IMediator mediator, CancellationToken ct) =>
        Entry(await mediator.Send(request with { CampaignId = campaignId }, ct));

    public static async Task<Created<LedgerEntryDto>> RecordDistribution(Guid campaignId, RecordDistribution request, IMediator mediator, CancellationToken ct) =>
        Entry(await mediator.Send(request with { CampaignId = campaignId }, ct));

    public static async Task<Created<LedgerEntryDto>> ReverseEntry(Guid entryId, ReverseEntry request, IMediator mediator, CancellationToken ct) =>
        Entry(await mediator.Send(request with { EntryId = entryId }, ct));

    public static ValueTask<Ok<LedgerEntryDto>> ApproveDistribution(Guid entryId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ApproveDistribution(entryId), ct);

    public static ValueTask<Ok<LedgerEntryDto>> AcknowledgeDistribution(Guid entryId, AcknowledgeDistribution request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { EntryId = entryId }, ct);

    public static async Task<FileContentHttpResult> GetAcknowledgementScan(Guid entryId, IMediator mediator, CancellationToken ct) =>
        File(await mediator.Send(new GetAcknowledgementScan(entryId), ct));

    public static async Task<FileContentHttpResult> GetReceiptDocument(Guid entryId, IMediator mediator, CancellationToken ct) =>
        File(await mediator.Send(new GetReceiptDocument(entryId), ct), inline: true);

    /// <param name="search">Part of the name or phone; accents and case are ignored.</param>
    /// <param name="page">1-based page number.</param>
    /// <param name="pageSize">Rows per page, 1–200 (default 25).</param>
    public static ValueTask<Ok<PagedList<DonorSummary>>> ListDonors(string? search, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListDonors(search, page ?? 1, pageSize ?? 25), ct);

    public static async Task<Created<DonorSummary>> CreateDonor(CreateDonor request, IMediator mediator, CancellationToken ct)
    {
        var donor = await mediator.Send(request, ct);
        return TypedResults.Created($"/api/v1/fundraising/donors/{donor.Id}", donor);
    }

    public static ValueTask<Ok<DonorDetail>> GetDonor(Guid donorId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetDonor(donorId), ct);

    public static ValueTask<Ok<DonorDetail>> UpdateDonor(Guid donorId, UpdateDonor request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { DonorId = donorId }, ct);

    public static ValueTask<Ok<IReadOnlyList<VietnameseBank>>> ListBanks(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListBanks(), ct);

    public static ValueTask<Ok<FundraisingSettingsDto>> GetFundraisingSettings(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetFundraisingSettings(), ct);

    public static ValueTask<Ok<FundraisingSettingsDto>> UpdateFundraisingSettings(UpdateFundraisingSettings request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request, ct);

    /// <param name="year">Calendar year (default this year).</param>
    public static ValueTask<Ok<FundraisingSummary>> GetFundraisingSummary(int? year, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetFundraisingSummary(year), ct);

    public static ValueTask<Ok<LedgerConsistency>> CheckLedgerConsistency(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new CheckLedgerConsistency(), ct);

    /// <param name="year">Calendar year (default this year).</param>
    public static ValueTask<Ok<ProvinceFundraising>> GetProvinceFundraising(Guid provinceId, int? year, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetProvinceFundraising(provinceId, year), ct);

    public static ValueTask<Ok<PublicCampaign>> GetPublicCampaign(Guid campaignId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetPublicCampaign(campaignId), ct);

    /// <param name="format">Xlsx or Pdf.</param>
    public static async Task<FileContentHttpResult> ExportPublicCampaign(Guid campaignId, ExportFormat format, IMediator mediator, CancellationToken ct) =>
        File(await mediator.Send(new ExportPublicCampaign(campaignId, format), ct));

    private static Created<LedgerEntryDto> Entry(LedgerEntryDto entry) =>
        TypedResults.Created($"/api/v1/fundraising/campaigns/{entry.CampaignId}/statement", entry);

    private static FileContentHttpResult File(FileDownload file, bool inline = false) =>
        TypedResults.File(file.Content, file.ContentType, inline ? null : file.FileName);
}
