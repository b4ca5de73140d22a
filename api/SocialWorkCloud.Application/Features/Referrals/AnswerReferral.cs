using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Cases;
using SocialWorkCloud.Application.Features.Clients;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Referrals;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Domain.Notifications;

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
        RuleFor(x => x.DeclineReason).NotEmpty().When(x => !x.Accept).WithText("decline-reason-required");
        RuleFor(x => x.DeclineReason).MaximumLength(2000);
        RuleFor(x => x.Version).NotEmpty();
    }
}

public sealed class AnswerReferralHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IOutbox outbox) : ICommandHandler<AnswerReferral, ReferralPackageDto>
{
    public async ValueTask<ReferralPackageDto> Handle(AnswerReferral command, CancellationToken cancellationToken)
    {
        var package = await db.ReferralPackages.AddressedTo(user.FacilityId).SingleOrDefaultAsync(p => p.Id == command.ReferralId, cancellationToken)
            ?? throw new NotFoundException("Referral", command.ReferralId);
        db.Entry(package).Property(p => p.Version).OriginalValue = command.Version;
        if (!command.Accept)
        {
            package.Decline(command.DeclineReason!, clock.GetUtcNow());
            await outbox.ReferralAnsweredAsync(db, user, package.SenderFacilityId, package.Id, NotificationKind.ReferralDeclined, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return package.ToDto();
        }
        package.EnsureUnanswered();

        var assignee = command.AssignedWorkerId ?? user.UserId ?? Guid.Empty;
        await db.RequireStaffAsync(user, assignee, cancellationToken);
        var client = new Client(string.Empty) { Id = Guid.NewGuid(), CreatedAt = clock.GetUtcNow(), CreatedBy = user.UserId };
        new ReferredClient(package).ApplyTo(client);
        var @case = Case.Open(
            client.Id, assignee, CasePriority.Normal, RiskLevel.Low, isSensitive: false, IntakeSource.AnotherFacility,
            package.ProblemSummary ?? package.Reason, UrgentNeed.None, VietnamClock.Today(clock), user.UserId, clock.GetUtcNow(),
            fromReferralId: package.Id, intakeNote: $"Chuyển gửi từ {package.SenderFacilityName}: {package.Reason}");
        db.Clients.Add(client);
        db.Cases.Add(@case);
        package.Accept(@case.Id, clock.GetUtcNow());
        await outbox.ReferralAnsweredAsync(db, user, package.SenderFacilityId, package.Id, NotificationKind.ReferralAccepted, cancellationToken);
        await db.SaveCaseAsync(@case, cancellationToken);
        return package.ToDto();
    }
}

/// <summary>The client fields a referral package carries (what the sender shared), applied like any client's fields.</summary>
internal sealed record ReferredClient(ReferralPackage Package) : IClientFields
{
    public string FullName => Package.ClientName ?? $"Người được chuyển gửi từ {Package.SenderFacilityName}";
    public DateOnly? DateOfBirth => null;
    public int? BirthYear => Package.BirthYear;
    public Sex Sex => Enum.TryParse<Sex>(Package.Sex, out var sex) ? sex : Sex.Unknown;
    public string? NationalId => null;
    public string? InsuranceNumber => null;
    public string? PatientId => null;
    public string? Province => null;
    public string? CommuneWard => null;
    public string? CommuneCode => null;
    public string? AddressDetail => Package.Address;
    public string? Phone => Package.Phone;
    public string? GuardianContact => null;
    public string? HouseholdSituation => null;
    public IReadOnlyList<Vulnerability>? Vulnerabilities => null;
}
