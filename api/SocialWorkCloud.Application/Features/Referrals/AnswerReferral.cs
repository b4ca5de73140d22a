using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Cases;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Referrals;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Referrals;

/// <summary>
/// The receiving facility accepts a referral, which opens its own case (and client) from the package,
/// linked to the referral; or declines it with a reason. Nothing of the sender beyond the package is read.
/// </summary>
[RequiresPermission(Permissions.ClientsWrite)]
public sealed record AnswerReferral(
    [property: System.Text.Json.Serialization.JsonIgnore] Guid ReferralId, bool Accept, string? DeclineReason, Guid? AssignedWorkerId, Guid Version)
    : ICommand<ReferralPackageDto>;

public sealed class AnswerReferralValidator : AbstractValidator<AnswerReferral>
{
    public AnswerReferralValidator()
    {
        RuleFor(x => x.DeclineReason).NotEmpty().When(x => !x.Accept).WithMessage("Ghi lý do từ chối. / Give the reason for declining.");
        RuleFor(x => x.DeclineReason).MaximumLength(2000);
        RuleFor(x => x.Version).NotEmpty();
    }
}

public sealed class AnswerReferralHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AnswerReferral, ReferralPackageDto>
{
    public async ValueTask<ReferralPackageDto> Handle(AnswerReferral command, CancellationToken cancellationToken)
    {
        var package = await db.ReferralPackages.AddressedTo(user.FacilityId).SingleOrDefaultAsync(p => p.Id == command.ReferralId, cancellationToken)
            ?? throw new NotFoundException("Referral", command.ReferralId);
        db.Entry(package).Property(p => p.Version).OriginalValue = command.Version;
        if (package.Status != ReferralStatus.Sent)
            throw new BusinessRuleException("already-answered", "Chuyển gửi này đã được trả lời. / This referral was already answered.");
        package.AnsweredAt = clock.GetUtcNow();
        if (!command.Accept)
        {
            package.Status = ReferralStatus.Declined;
            package.DeclineReason = command.DeclineReason!.Trim();
            await db.SaveChangesAsync(cancellationToken);
            return package.ToDto();
        }

        var assignee = command.AssignedWorkerId ?? user.UserId ?? Guid.Empty;
        await db.RequireStaffAsync(user, assignee, cancellationToken);
        var name = package.ClientName ?? $"Người được chuyển gửi từ {package.SenderFacilityName}";
        var folded = VietnameseText.Fold(name);
        var client = new Client
        {
            Id = Guid.NewGuid(), FullName = name, SearchName = folded, SearchGivenName = ClientSearchKeys.GivenNameFirst(folded),
            BirthYear = package.BirthYear, Sex = Enum.TryParse<Sex>(package.Sex, out var sex) ? sex : Sex.Unknown, Phone = package.Phone,
            AddressDetail = package.Address, CreatedAt = clock.GetUtcNow(), CreatedBy = user.UserId,
        };
        var @case = new Case
        {
            Id = Guid.NewGuid(), ClientId = client.Id, AssignedWorkerId = assignee, Priority = CasePriority.Normal, RiskLevel = RiskLevel.Low,
            Stage = CaseStage.Intake, IntakeSource = IntakeSource.AnotherFacility, OpenedOn = VietnamClock.Today(clock),
            PresentingProblem = package.ProblemSummary ?? package.Reason, FromReferralId = package.Id, CreatedAt = clock.GetUtcNow(),
        };
        db.Clients.Add(client);
        db.Cases.Add(@case);
        db.Record(@case, null, CaseStage.Intake, $"Chuyển gửi từ {package.SenderFacilityName}: {package.Reason}", user, clock);
        package.Status = ReferralStatus.Accepted;
        package.ReceiverCaseId = @case.Id;
        await db.SaveChangesAsync(cancellationToken);
        return package.ToDto();
    }
}
