using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialWorkCloud.Application.Common.Endpoints;

namespace SocialWorkCloud.Application.Features.Jobs;

public sealed class JobsEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var jobs = v1.MapGroup("/jobs-dashboard").WithTags("Jobs").RequireAuthorization().WithStandardProblems();
        jobs.MapPost("/tickets", OpenJobsDashboard).WithName(nameof(OpenJobsDashboard))
            .WithSummary("A one-time ticket (60 seconds, once, this session) to open the Hangfire dashboard without a token in the URL");
    }

    public static ValueTask<Ok<JobsDashboardTicket>> OpenJobsDashboard(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new OpenJobsDashboard(), ct);
}
