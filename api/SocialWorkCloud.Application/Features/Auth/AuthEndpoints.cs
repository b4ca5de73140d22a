using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SocialWorkCloud.Application.Common.Endpoints;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Application.Features.Mfa;
using SocialWorkCloud.Application.Identity;

namespace SocialWorkCloud.Application.Features.Auth;

public sealed class AuthEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var auth = v1.MapGroup("/auth").WithTags("Auth").AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Auth)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        auth.MapPost("/login", Login).WithName(nameof(Login)).WithSummary("Sign in with email and password")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized);
        auth.MapPost("/refresh", Refresh).WithName(nameof(Refresh)).WithSummary("Swap a refresh token for a new token pair (rotation)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized);
        auth.MapPost("/logout", Logout).WithName(nameof(Logout)).WithSummary("End the session of a refresh token")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        auth.MapPost("/token", Token).WithName(nameof(Token)).DisableAntiforgery()
            .WithSummary("OAuth 2.0 client-credentials grant for third-party systems (form-encoded)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithFormLimits(("grant_type", IssueClientToken.MaxGrantTypeLength), ("client_id", IssueClientToken.MaxClientIdLength),
                ("client_secret", IssueClientToken.MaxClientSecretLength), ("scope", IssueClientToken.MaxScopeLength));

        auth.MapPost("/accept-invitation", AcceptInvitation).WithName(nameof(AcceptInvitation))
            .WithSummary("Set the first password with the link of an invitation e-mail (once, within 72 hours)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        auth.MapPost("/forgot-password", ForgotPassword).WithName(nameof(ForgotPassword))
            .WithSummary("E-mail a password-reset link; the answer is the same whether or not the address has an account")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        auth.MapPost("/reset-password", ResetPassword).WithName(nameof(ResetPassword))
            .WithSummary("Set a new password with the link of a reset e-mail (once, within 30 minutes); every session ends")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var me = v1.MapGroup("/me").WithTags("Auth").RequireAuthorization().WithStandardProblems();
        me.MapGet("/profile", Profile).WithName(nameof(Profile)).WithSummary("The signed-in user's profile");
        me.MapPut("/profile", UpdateProfile).WithName(nameof(UpdateProfile)).WithSummary("Change one's name, phone number and language");
        me.MapPost("/password", ChangePassword).WithName(nameof(ChangePassword))
            .WithSummary("Change one's password (the current one required); other sessions end, this one gets new tokens")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        me.MapPost("/sign-out-everywhere", SignOutMyselfEverywhere).WithName(nameof(SignOutMyselfEverywhere))
            .WithSummary("End every session of the signed-in user, this one included: every live access token stops at once");

        v1.MapGet("/me", Me).WithTags("Auth").WithName(nameof(Me)).RequireAuthorization()
            .WithSummary("The signed-in user or client, its facility or province, and its permissions")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    public static async Task<Results<Ok<SignInResult>, ProblemHttpResult>> Login(Login request, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ToSignInResult(await mediator.Send(request, ct), http);

    /// <summary>
    /// A sign-in's answer: the tokens, or (200 too) the MFA challenge the password earned; 401 for wrong credentials or
    /// codes, 429 with Retry-After while the account or address must wait.
    /// </summary>
    public static Results<Ok<SignInResult>, ProblemHttpResult> ToSignInResult(AuthOutcome outcome, HttpContext http)
    {
        if (outcome.RetryAfter is { } wait)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: TextCatalog.Get("title.too-many-requests"),
                detail: outcome.Detail, extensions: new Dictionary<string, object?> { ["code"] = outcome.Error });
        }
        if (outcome.Mfa is { } challenge) return TypedResults.Ok(new SignInResult(null, null, null, challenge));
        if (outcome.Tokens is { } t) return TypedResults.Ok(new SignInResult(t.AccessToken, t.RefreshToken, t.ExpiresAt, null, outcome.RecoveryCodes));
        return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: TextCatalog.Get("title.authentication-failed"),
            detail: outcome.Detail, extensions: new Dictionary<string, object?> { ["code"] = outcome.Error });
    }

    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> Refresh(RefreshSession request, IMediator mediator, CancellationToken ct) =>
        ToResult(await mediator.Send(request, ct));

    public static async Task<NoContent> Logout(Logout request, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(request, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<ClientTokenWire>, ProblemHttpResult>> Token(
        [FromForm(Name = "grant_type")] string? grantType,
        [FromForm(Name = "client_id")] string? clientId,
        [FromForm(Name = "client_secret")] string? clientSecret,
        [FromForm(Name = "scope")] string? scope,
        IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var outcome = await mediator.Send(new IssueClientToken(grantType, clientId, clientSecret, scope), ct);
        http.Response.Headers.CacheControl = "no-store";
        if (outcome.Token is { } t) return TypedResults.Ok(new ClientTokenWire(t.AccessToken, t.TokenType, t.ExpiresIn, t.Scope));
        // RFC 6749 §5.2 error codes, carried as ProblemDetails extensions so OAuth libraries find them.
        return TypedResults.Problem(statusCode: outcome.Status, title: outcome.Error, detail: outcome.Description,
            extensions: new Dictionary<string, object?> { ["error"] = outcome.Error, ["error_description"] = outcome.Description });
    }

    public static async Task<NoContent> AcceptInvitation(AcceptInvitation request, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(request, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Accepted> ForgotPassword(ForgotPassword request, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(request, ct);
        return TypedResults.Accepted((string?)null);
    }

    public static async Task<NoContent> ResetPassword(ResetPassword request, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(request, ct);
        return TypedResults.NoContent();
    }

    public static ValueTask<Ok<ProfileDto>> Profile(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetProfile(), ct);

    public static ValueTask<Ok<ProfileDto>> UpdateProfile(UpdateProfile request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request, ct);

    public static ValueTask<Ok<TokenResponse>> ChangePassword(ChangePassword request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request, ct);

    public static async Task<NoContent> SignOutMyselfEverywhere(IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new SignOutMyselfEverywhere(), ct);
        return TypedResults.NoContent();
    }

    public static ValueTask<Ok<MeResponse>> Me(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetMe(), ct);

    private static Results<Ok<TokenResponse>, ProblemHttpResult> ToResult(AuthOutcome outcome) =>
        outcome.Tokens is { } tokens
            ? TypedResults.Ok(tokens)
            : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: TextCatalog.Get("title.authentication-failed"),
                detail: outcome.Detail, extensions: new Dictionary<string, object?> { ["code"] = outcome.Error });
}

/// <summary>
/// The answer to a sign-in: the token pair, or — for an account with MFA, or one that must enrol — no tokens but the
/// challenge of the second step. <see cref="RecoveryCodes"/> come once, with the tokens of a sign-in that completed an enrolment.
/// </summary>
public sealed record SignInResult(string? AccessToken, string? RefreshToken, DateTimeOffset? ExpiresAt, MfaChallenge? Mfa,
    IReadOnlyList<string>? RecoveryCodes = null);

/// <summary>The RFC 6749 token response, snake_case on the wire.</summary>
public sealed record ClientTokenWire(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn,
    [property: System.Text.Json.Serialization.JsonPropertyName("scope")] string Scope);
