using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialWorkCloud.Application.Common.Endpoints;

namespace SocialWorkCloud.Application.Features.MyWork;

/// <summary>The signed-in person's own work (a collaborator's start page).</summary>
public sealed class MyWorkEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var group = v1.MapGroup("/my-work").WithTags("MyWork").RequireAuthorization().WithStandardProblems();
        group.MapGet("", GetMyWork).WithName(nameof(GetMyWork))
            .WithSummary("My open assigned cases with their next follow-up, my tally today and this month, and what I logged lately");
    }

    public static ValueTask<Ok<MyWorkSummary>> GetMyWork(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetMyWork(), ct);
}
