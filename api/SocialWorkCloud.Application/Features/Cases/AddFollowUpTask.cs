using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>A follow-up task with a due date; without an assignee it goes to the case's worker.</summary>
[RequiresPermission(Permissions.CasesWork)]
public sealed record AddFollowUpTask([property: System.Text.Json.Serialization.JsonIgnore] Guid CaseId, string Title, DateOnly DueOn, Guid? AssigneeId)
    : ICommand<CaseDetail>;

public sealed class AddFollowUpTaskValidator : AbstractValidator<AddFollowUpTask>
{
    public AddFollowUpTaskValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(500);
        RuleFor(x => x.DueOn).Must(d => d.Year is >= 2000 and <= 2100).WithText("task-due-date-invalid");
    }
}

public sealed class AddFollowUpTaskHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IOutbox outbox) : ICommandHandler<AddFollowUpTask, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(AddFollowUpTask command, CancellationToken cancellationToken)
    {
        var @case = await db.LoadAsync(user, clock, command.CaseId, "case.task", cancellationToken);
        @case.EnsureOpen();
        var assignee = command.AssigneeId ?? @case.AssignedWorkerId;
        if (command.AssigneeId is not null) await db.RequireStaffAsync(user, assignee, cancellationToken);
        db.FollowUpTasks.Add(new FollowUpTask
        {
            Id = Guid.NewGuid(), CaseId = @case.Id, Title = command.Title.Trim(), DueOn = command.DueOn, AssigneeId = assignee, CreatedAt = clock.GetUtcNow(),
        });
        // Due today or already late: its worker (and, late, the unit head) hears of it now, not at the next daily run.
        DeadlinesChanged.Publish(outbox, @case.FacilityId, DeadlineScope.Tasks, DeadlinesChanged.InWindow(command.DueOn, clock, 0));
        await db.SaveChangesAsync(cancellationToken);
        return await CaseDetails.BuildAsync(db, @case, VietnamClock.Today(clock), cancellationToken);
    }
}
