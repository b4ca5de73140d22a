using SocialWorkCloud.Application.Common.Endpoints;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SocialWorkCloud.Application.Features.Referrals;

public sealed class ReferralEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var sent = v1.MapGroup("/cases/{caseId:guid}/referrals").WithTags("Referrals").RequireAuthorization().WithStandardProblems();
        sent.MapGet("", ListCaseReferrals).WithName(nameof(ListCaseReferrals)).WithSummary("The case's referrals with their status");
        sent.MapPost("", SendReferral).WithName(nameof(SendReferral))
            .WithSummary("Refer to an external agency or a facility on the platform; sharing personal data needs consent or the unit head's written override")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        sent.MapPost("/{referralId:guid}/status", UpdateReferralStatus).WithName(nameof(UpdateReferralStatus))
            .WithSummary("Record an external agency's answer, or completion with the outcome")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        v1.MapGroup("/referrals/receivers").WithTags("Referrals").RequireAuthorization().WithStandardProblems()
            .MapGet("", ListReferralReceivers).WithName(nameof(ListReferralReceivers))
            .WithSummary("Facilities of my province a referral may go to (names only); search ignores accents");

        var inbox = v1.MapGroup("/referrals/inbox").WithTags("Referrals").RequireAuthorization().WithStandardProblems();
        inbox.MapGet("", ListReferralInbox).WithName(nameof(ListReferralInbox))
            .WithSummary("Referrals other facilities sent to mine: only the package each sender chose to share");
        inbox.MapGet("/{referralId:guid}", GetReferralPackage).WithName(nameof(GetReferralPackage)).WithSummary("One referral package addressed to my facility");
        inbox.MapPost("/{referralId:guid}/answer", AnswerReferral).WithName(nameof(AnswerReferral))
            .WithSummary("Accept (opens our own linked case) or decline with a reason")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    /// <param name="search">Part of the facility's name; accents ignored.</param>
    public static ValueTask<Ok<IReadOnlyList<ReferralReceiver>>> ListReferralReceivers(string? search, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListReferralReceivers(search), ct);

    public static ValueTask<Ok<IReadOnlyList<ReferralDto>>> ListCaseReferrals(Guid caseId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListCaseReferrals(caseId), ct);

    public static async Task<Created<ReferralDto>> SendReferral(Guid caseId, SendReferral request, IMediator mediator, CancellationToken ct)
    {
        var referral = await mediator.Send(request with { CaseId = caseId }, ct);
        return TypedResults.Created($"/api/v1/cases/{caseId}/referrals", referral);
    }

    public static ValueTask<Ok<ReferralDto>> UpdateReferralStatus(Guid caseId, Guid referralId, UpdateReferralStatus request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { CaseId = caseId, ReferralId = referralId }, ct);

    public static ValueTask<Ok<IReadOnlyList<ReferralPackageDto>>> ListReferralInbox(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListReferralInbox(), ct);

    public static ValueTask<Ok<ReferralPackageDto>> GetReferralPackage(Guid referralId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetReferralPackage(referralId), ct);

    public static ValueTask<Ok<ReferralPackageDto>> AnswerReferral(Guid referralId, AnswerReferral request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { ReferralId = referralId }, ct);
}
