using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Application.Features.PersonalData;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Consents;
using SocialWorkCloud.Domain.Cases;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>Records an assessment. A high risk for a child raises an alert on the unit head's work list and the case's risk follows.</summary>
[RequiresPermission(Permissions.CasesWork)]
public sealed record AddAssessment(
    [property: System.Text.Json.Serialization.JsonIgnore] Guid CaseId, DateOnly AssessedOn, string? Health, string? Psychological,
    string? FamilyAndEconomic, string? Legal, string? Risks, RiskLevel RiskLevel) : ICommand<CaseDetail>;

public sealed class AddAssessmentValidator : AbstractValidator<AddAssessment>
{
    public AddAssessmentValidator(TimeProvider clock)
    {
        RuleFor(x => x.AssessedOn).Must(d => d.Year >= 2000 && d <= VietnamClock.Today(clock))
            .WithText("assessment-date-future");
        RuleFor(x => x.Health).MaximumLength(4000);
        RuleFor(x => x.Psychological).MaximumLength(4000);
        RuleFor(x => x.FamilyAndEconomic).MaximumLength(4000);
        RuleFor(x => x.Legal).MaximumLength(4000);
        RuleFor(x => x.Risks).MaximumLength(4000);
        RuleFor(x => x.RiskLevel).IsInEnum();
    }
}

public sealed class AddAssessmentHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IOutbox outbox) : ICommandHandler<AddAssessment, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(AddAssessment command, CancellationToken cancellationToken)
    {
        var @case = await db.LoadAsync(user, clock, command.CaseId, "case.assess", cancellationToken);
        await db.EnsureMayProcessAsync(@case.ClientId, ConsentPurpose.PersonalDataProcessing, cancellationToken);
        @case.EnsureOpen();
        db.Assessments.Add(new Assessment
        {
            Id = Guid.NewGuid(), CaseId = @case.Id, AssessedOn = command.AssessedOn, Health = command.Health?.Trim(),
            Psychological = command.Psychological?.Trim(), FamilyAndEconomic = command.FamilyAndEconomic?.Trim(), Legal = command.Legal?.Trim(),
            Risks = command.Risks?.Trim(), RiskLevel = command.RiskLevel, RecordedAt = clock.GetUtcNow(), RecordedBy = user.UserId,
        });
        @case.Assess(command.RiskLevel, user.UserId, clock.GetUtcNow());
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == @case.ClientId, cancellationToken);
        if (command.RiskLevel == RiskLevel.High && client.IsChild(command.AssessedOn))
        {
            db.CaseAlerts.Add(new CaseAlert { Id = Guid.NewGuid(), CaseId = @case.Id, Kind = CaseAlertKind.ChildAtHighRisk, RaisedAt = clock.GetUtcNow() });
            await outbox.ChildAtHighRiskAsync(db, user, @case, cancellationToken);
        }
        await db.SaveCaseAsync(@case, cancellationToken);
        return await CaseDetails.BuildAsync(db, @case, VietnamClock.Today(clock), cancellationToken);
    }
}
