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
    }

    public static async Task<Ok<IReadOnlyList<UserDto>>> ListUsers(Guid? facilityId, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListUsers(facilityId), ct));

    public static async Task<Created<UserDto>> CreateUser(CreateUser request, IMediator mediator, CancellationToken ct)
    {
        var user = await mediator.Send(request, ct);
        return TypedResults.Created($"/api/v1/users/{user.Id}", user);
    }

    public static async Task<Ok<UserDto>> DeactivateUser(Guid userId, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new DeactivateUser(userId), ct));
}
