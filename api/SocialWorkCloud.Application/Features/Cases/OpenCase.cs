using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Auditing;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Features.PersonalData;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Consents;
using SocialWorkCloud.Domain.Cases;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>Opens a case for a client at intake: source, presenting problem, urgent needs. Without an assignee the caller takes it.</summary>
[RequiresPermission(Permissions.ClientsWrite)]
public sealed record OpenCase(
    Guid ClientId, Guid? AssignedWorkerId, CasePriority Priority, RiskLevel RiskLevel, bool IsSensitive, IntakeSource IntakeSource,
    string PresentingProblem, IReadOnlyList<UrgentNeed>? UrgentNeeds, DateOnly? OpenedOn) : ICommand<CaseDetail>;

public sealed class OpenCaseValidator : AbstractValidator<OpenCase>
{
    public OpenCaseValidator(TimeProvider clock)
    {
        RuleFor(x => x.ClientId).NotEmpty();
        RuleFor(x => x.Priority).IsInEnum();
        RuleFor(x => x.RiskLevel).IsInEnum();
        RuleFor(x => x.IntakeSource).IsInEnum();
        RuleFor(x => x.PresentingProblem).NotEmpty().MaximumLength(4000);
        RuleFor(x => x.UrgentNeeds).ItemCount(0, Enum.GetValues<UrgentNeed>().Length);
        RuleForEach(x => x.UrgentNeeds).IsInEnum().NotEqual(UrgentNeed.None);
        RuleFor(x => x.OpenedOn).Must(d => d is null || (d.Value.Year >= 2000 && d.Value <= VietnamClock.Today(clock)))
            .WithText("intake-date-future");
    }
}

public sealed class OpenCaseHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<OpenCase, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(OpenCase command, CancellationToken cancellationToken)
    {
        if (!await db.Clients.AnyAsync(c => c.Id == command.ClientId && c.MergedIntoId == null, cancellationToken))
        {
            throw new NotFoundException("Client", command.ClientId);
        }
        await db.EnsureMayProcessAsync(command.ClientId, ConsentPurpose.PersonalDataProcessing, cancellationToken);
        var assignee = command.AssignedWorkerId ?? user.UserId ?? Guid.Empty;
        await db.RequireStaffAsync(user, assignee, cancellationToken);

        var @case = Case.Open(
            command.ClientId, assignee, command.Priority, command.RiskLevel, command.IsSensitive, command.IntakeSource, command.PresentingProblem,
            UrgentNeeds.Combine(command.UrgentNeeds), command.OpenedOn ?? VietnamClock.Today(clock), user.UserId, clock.GetUtcNow());
        db.Cases.Add(@case);
        if (@case.IsSensitive) db.Audit(user, clock, "case.open", nameof(Case), @case.Id);
        await db.SaveCaseAsync(@case, cancellationToken);
        return await CaseDetails.BuildAsync(db, @case, VietnamClock.Today(clock), cancellationToken);
    }
}
