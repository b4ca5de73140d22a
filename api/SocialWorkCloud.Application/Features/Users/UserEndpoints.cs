using SocialWorkCloud.Application.Common.Endpoints;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SocialWorkCloud.Application.Features.Users;

public sealed class UserEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var users = v1.MapGroup("/users").WithTags("Users").RequireAuthorization().WithStandardProblems();
        users.MapGet("", ListUsers).WithName(nameof(ListUsers)).WithSummary("Accounts the caller administers");
        users.MapPost("", CreateUser).WithName(nameof(CreateUser)).WithSummary("Create an account with a role")
            .ProducesProblem(StatusCodes.Status409Conflict);
        users.MapPost("/{userId:guid}/deactivate", DeactivateUser).WithName(nameof(DeactivateUser))
            .WithSummary("Close an account and end its sessions").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        users.MapPut("/{userId:guid}", UpdateUser).WithName(nameof(UpdateUser))
            .WithSummary("Change an account's name, role (within what the caller may grant) and facility").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        users.MapPost("/{userId:guid}/reactivate", ReactivateUser).WithName(nameof(ReactivateUser))
            .WithSummary("Open a deactivated account again").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        users.MapPost("/{userId:guid}/resend-invitation", ResendInvitation).WithName(nameof(ResendInvitation))
            .WithSummary("E-mail a new invitation link; earlier links stop working").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        users.MapPost("/{userId:guid}/password-reset", SendPasswordReset).WithName(nameof(SendPasswordReset))
            .WithSummary("E-mail the user a link to choose a new password").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        users.MapPost("/{userId:guid}/sign-out-everywhere", SignOutEverywhere).WithName(nameof(SignOutEverywhere))
            .WithSummary("End every session of the account: its live access tokens stop at once");
    }

    public static async Task<NoContent> SignOutEverywhere(Guid userId, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new SignOutEverywhere(userId), ct);
        return TypedResults.NoContent();
    }


    public static ValueTask<Ok<UserDto>> UpdateUser(Guid userId, UpdateUserBody body, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new UpdateUser(userId, body.FullName, body.Role, body.FacilityId, body.ProvinceId), ct);

    public static ValueTask<Ok<UserDto>> ReactivateUser(Guid userId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ReactivateUser(userId), ct);

    public static ValueTask<Ok<UserDto>> ResendInvitation(Guid userId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ResendInvitation(userId), ct);

    public static ValueTask<Ok<UserDto>> SendPasswordReset(Guid userId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new SendPasswordReset(userId), ct);

    public static ValueTask<Ok<IReadOnlyList<UserDto>>> ListUsers(Guid? facilityId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListUsers(facilityId), ct);

    public static async Task<Created<UserDto>> CreateUser(CreateUser request, IMediator mediator, CancellationToken ct)
    {
        var user = await mediator.Send(request, ct);
        return TypedResults.Created($"/api/v1/users/{user.Id}", user);
    }

    public static ValueTask<Ok<UserDto>> DeactivateUser(Guid userId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new DeactivateUser(userId), ct);
}

/// <summary>The editable fields of an account (the id is in the path).</summary>
/// <remarks>FullName's length is UpdateUserValidator's (NotEmpty, at most 200), stated here for the OpenAPI document.</remarks>
public sealed record UpdateUserBody([property: System.ComponentModel.DataAnnotations.StringLength(200, MinimumLength = 1)] string FullName, Common.Security.UserRole Role, Guid? FacilityId, Guid? ProvinceId);
