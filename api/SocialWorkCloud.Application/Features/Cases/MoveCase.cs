using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.PersonalData;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>Moves a case to another stage. The next stage is the normal path; skipping or stepping back needs a reason.</summary>
[RequiresPermission(Permissions.CasesWork)]
public sealed record MoveCase([property: System.Text.Json.Serialization.JsonIgnore] Guid CaseId, CaseStage ToStage, string? Reason, Guid Version)
    : ICommand<CaseDetail>;

public sealed class MoveCaseValidator : AbstractValidator<MoveCase>
{
    public MoveCaseValidator()
    {
        RuleFor(x => x.ToStage).IsInEnum();
        RuleFor(x => x.Reason).MaximumLength(2000);
        RuleFor(x => x.Version).NotEmpty();
    }
}

public sealed class MoveCaseHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<MoveCase, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(MoveCase command, CancellationToken cancellationToken)
    {
        var @case = await db.LoadAsync(user, clock, command.CaseId, "case.move", cancellationToken);
        await db.EnsureClientWritableAsync(@case.ClientId, cancellationToken);
        db.Entry(@case).Property(c => c.Version).OriginalValue = command.Version;
        @case.MoveTo(command.ToStage, command.Reason, user.UserId, clock.GetUtcNow());
        await db.SaveCaseAsync(@case, cancellationToken);
        return await CaseDetails.BuildAsync(db, @case, VietnamClock.Today(clock), cancellationToken);
    }
}
