using Mediator;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Identity;

namespace SocialWorkCloud.Application.Features.Jobs;

/// <summary>Where the portal sends the browser: the dashboard's address with a one-time ticket, good for <see cref="DashboardTickets.TicketLifetime"/>.</summary>
public sealed record JobsDashboardTicket(string Url, DateTimeOffset ExpiresAt);

/// <summary>A platform admin opens the Hangfire dashboard: a one-time ticket tied to this user and this session.</summary>
[RequiresPermission(Permissions.JobsDashboard)]
public sealed record OpenJobsDashboard : ICommand<JobsDashboardTicket>;

public sealed class OpenJobsDashboardHandler(ICurrentUser caller, DashboardTickets tickets) : ICommandHandler<OpenJobsDashboard, JobsDashboardTicket>
{
    public async ValueTask<JobsDashboardTicket> Handle(OpenJobsDashboard command, CancellationToken cancellationToken)
    {
        if (caller.IsApiClient || caller.UserId is not { } userId || caller.SessionId is not { } sessionId) throw new ForbiddenException("not-a-user");
        var (ticket, expires) = await tickets.IssueAsync(userId, sessionId, cancellationToken);
        return new JobsDashboardTicket("/hangfire?ticket=" + Uri.EscapeDataString(ticket), expires);
    }
}
