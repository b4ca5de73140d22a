using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.PersonalData;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>Reopens a closed case at the assessment stage, with a reason; the closure stays in its history.</summary>
[RequiresPermission(Permissions.CasesWork)]
public sealed record ReopenCase([property: System.Text.Json.Serialization.JsonIgnore] Guid CaseId, string Reason, Guid Version) : ICommand<CaseDetail>;

public sealed class ReopenCaseValidator : AbstractValidator<ReopenCase>
{
    public ReopenCaseValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.Version).NotEmpty();
    }
}

public sealed class ReopenCaseHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ReopenCase, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(ReopenCase command, CancellationToken cancellationToken)
    {
        var @case = await db.LoadAsync(user, clock, command.CaseId, "case.reopen", cancellationToken);
        await db.EnsureClientWritableAsync(@case.ClientId, cancellationToken);
        db.Entry(@case).Property(c => c.Version).OriginalValue = command.Version;
        @case.Reopen(command.Reason, user.UserId, clock.GetUtcNow());
        await db.SaveCaseAsync(@case, cancellationToken);
        return await CaseDetails.BuildAsync(db, @case, VietnamClock.Today(clock), cancellationToken);
    }
}
