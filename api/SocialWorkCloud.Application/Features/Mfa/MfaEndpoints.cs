using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialWorkCloud.Application.Common.Endpoints;
using SocialWorkCloud.Application.Features.Auth;

namespace SocialWorkCloud.Application.Features.Mfa;

public sealed class MfaEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        // The second step of a sign-in: anonymous (the challenge is the credential), rate-limited like the first.
        var signIn = v1.MapGroup("/auth/mfa").WithTags("Auth").AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Auth)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        signIn.MapPost("", CompleteMfaSignIn).WithName(nameof(CompleteMfaSignIn))
            .WithSummary("Complete a sign-in with a code of the authenticator app or a recovery code (each recovery code works once)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized);
        signIn.MapPost("/enrolment", StartRequiredMfaEnrolment).WithName(nameof(StartRequiredMfaEnrolment))
            .WithSummary("Start the MFA enrolment a sign-in requires (an account that must have MFA and has none)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized);
        signIn.MapPost("/enrolment/confirm", ConfirmRequiredMfaEnrolment).WithName(nameof(ConfirmRequiredMfaEnrolment))
            .WithSummary("Confirm the required enrolment with a first code: the tokens, and the recovery codes shown once")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized);

        var me = v1.MapGroup("/me/mfa").WithTags("Auth").RequireAuthorization().WithStandardProblems();
        me.MapGet("", MyMfa).WithName(nameof(MyMfa)).WithSummary("The signed-in user's two-step sign-in: on or off, required or not, recovery codes left");
        me.MapPost("/enrolment", StartMfaEnrolment).WithName(nameof(StartMfaEnrolment))
            .WithSummary("Start MFA enrolment: a new secret as a QR code, an otpauth:// URI and text (inactive until confirmed)")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        me.MapPost("/enrolment/confirm", ConfirmMfaEnrolment).WithName(nameof(ConfirmMfaEnrolment))
            .WithSummary("Confirm enrolment with a code: MFA is on, other sessions end, the recovery codes are shown this once")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        me.MapPost("/disable", DisableMfa).WithName(nameof(DisableMfa))
            .WithSummary("Turn MFA off with a current code or the password (refused where MFA is required); other sessions end")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        me.MapPost("/recovery-codes", RegenerateMfaRecoveryCodes).WithName(nameof(RegenerateMfaRecoveryCodes))
            .WithSummary("Replace the recovery codes (a current code required); the new ones are shown this once")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var facility = v1.MapGroup("/facility-mfa-requirement").WithTags("Users").RequireAuthorization().WithStandardProblems();
        facility.MapGet("", GetFacilityMfaRequirement).WithName(nameof(GetFacilityMfaRequirement))
            .WithSummary("Whether the facility admin's facility requires MFA of its users");
        facility.MapPut("", SetFacilityMfaRequirement).WithName(nameof(SetFacilityMfaRequirement))
            .WithSummary("Require MFA of every user of the facility (they enrol at their next sign-in), or stop requiring it");
    }

    public static async Task<Results<Ok<SignInResult>, ProblemHttpResult>> CompleteMfaSignIn(CompleteMfaSignIn request, IMediator mediator, HttpContext http, CancellationToken ct) =>
        AuthEndpoints.ToSignInResult(await mediator.Send(request, ct), http);

    public static ValueTask<Ok<MfaEnrolment>> StartRequiredMfaEnrolment(StartRequiredMfaEnrolment request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request, ct);

    public static async Task<Results<Ok<SignInResult>, ProblemHttpResult>> ConfirmRequiredMfaEnrolment(ConfirmRequiredMfaEnrolment request, IMediator mediator, HttpContext http, CancellationToken ct) =>
        AuthEndpoints.ToSignInResult(await mediator.Send(request, ct), http);

    public static ValueTask<Ok<MfaStatus>> MyMfa(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetMfaStatus(), ct);

    public static ValueTask<Ok<MfaEnrolment>> StartMfaEnrolment(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new StartMfaEnrolment(), ct);

    public static ValueTask<Ok<MfaRecoveryCodes>> ConfirmMfaEnrolment(ConfirmMfaEnrolment request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request, ct);

    public static async Task<NoContent> DisableMfa(DisableMfa request, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(request, ct);
        return TypedResults.NoContent();
    }

    public static ValueTask<Ok<MfaRecoveryCodes>> RegenerateMfaRecoveryCodes(RegenerateMfaRecoveryCodes request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request, ct);

    public static ValueTask<Ok<FacilityMfaRequirement>> GetFacilityMfaRequirement(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetFacilityMfaRequirement(), ct);

    public static ValueTask<Ok<FacilityMfaRequirement>> SetFacilityMfaRequirement(SetFacilityMfaRequirement request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request, ct);
}
