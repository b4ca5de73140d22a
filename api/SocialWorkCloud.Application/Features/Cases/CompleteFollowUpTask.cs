using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.PersonalData;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Cases;

[RequiresPermission(Permissions.CasesWork)]
public sealed record CompleteFollowUpTask(Guid CaseId, Guid TaskId) : ICommand<CaseDetail>;

public sealed class CompleteFollowUpTaskHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CompleteFollowUpTask, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(CompleteFollowUpTask command, CancellationToken cancellationToken)
    {
        var @case = await db.LoadAsync(user, clock, command.CaseId, "case.task-done", cancellationToken);
        await db.EnsureClientWritableAsync(@case.ClientId, cancellationToken);
        var task = await db.FollowUpTasks.SingleOrDefaultAsync(t => t.Id == command.TaskId && t.CaseId == @case.Id, cancellationToken)
            ?? throw new NotFoundException("Task", command.TaskId);
        task.DoneAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return await CaseDetails.BuildAsync(db, @case, VietnamClock.Today(clock), cancellationToken);
    }
}
