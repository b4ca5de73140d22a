using SocialWorkCloud.Application.Features.Webhooks;
using SocialWorkCloud.Domain.Webhooks;
using SocialWorkCloud.Application.Common.Outbox;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Auditing;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Cases;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Features.PersonalData;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Consents;
using SocialWorkCloud.Domain.Referrals;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Domain.Notifications;

namespace SocialWorkCloud.Application.Features.Referrals;

/// <summary>The fields of the client and case the sender shares with a facility on the platform.</summary>
public sealed record SharedFields(bool Name, bool BirthYear, bool Sex, bool Phone, bool Address, bool Problem, bool Needs)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Any => Name || BirthYear || Sex || Phone || Address || Problem || Needs;
}

/// <summary>
/// Refers the case's client to an external agency or to another facility on the platform. Sharing
/// personal data needs the client's consent for sharing in a referral, in force on the day sent, or
/// the unit head's override with a written reason (audited).
/// </summary>
[RequiresPermission(Permissions.CasesWork)]
public sealed record SendReferral(
    [property: System.Text.Json.Serialization.JsonIgnore] Guid CaseId, ReferralTarget Target, AgencyKind? AgencyKind, string? AgencyName,
    Guid? ReceiverFacilityId, string Reason, DateOnly SentOn, bool SharesPersonalData, SharedFields? Share, string? ConsentOverrideReason)
    : ICommand<ReferralDto>;

public sealed class SendReferralValidator : AbstractValidator<SendReferral>
{
    public SendReferralValidator(TimeProvider clock)
    {
        RuleFor(x => x.Target).IsInEnum();
        RuleFor(x => x.AgencyKind).IsInEnum();
        RuleFor(x => x.AgencyName).MaximumLength(300);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.ConsentOverrideReason).MaximumLength(2000);
        RuleFor(x => x.SentOn).Must(d => d.Year >= 2000 && d <= VietnamClock.Today(clock))
            .WithText("referral-date-future");
        When(x => x.Target == ReferralTarget.ExternalAgency, () =>
        {
            RuleFor(x => x.AgencyKind).NotNull();
            RuleFor(x => x.AgencyName).NotEmpty();
        });
        When(x => x.Target == ReferralTarget.PlatformFacility, () => RuleFor(x => x.ReceiverFacilityId).NotEmpty());
    }
}

public sealed class SendReferralHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IOutbox outbox) : ICommandHandler<SendReferral, ReferralDto>
{
    public async ValueTask<ReferralDto> Handle(SendReferral command, CancellationToken cancellationToken)
    {
        var @case = await db.LoadAsync(user, clock, command.CaseId, "case.refer", cancellationToken);
        @case.EnsureOpen();
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == @case.ClientId, cancellationToken);
        await db.EnsureMayProcessAsync(client.Id, ConsentPurpose.PersonalDataProcessing, cancellationToken);
        var platform = command.Target == ReferralTarget.PlatformFacility;
        var share = platform ? command.Share ?? new SharedFields(false, false, false, false, false, false, false) : null;
        var sharesPersonalData = platform ? share!.Any : command.SharesPersonalData;

        // A facility referring to itself is refused by the referral, before the receiver is looked up.
        if (platform) Referral.EnsureNotToSelf(user.FacilityId, command.ReceiverFacilityId);
        if (platform && !await db.Facilities.AnyAsync(f => f.Id == command.ReceiverFacilityId && f.ClosedOn == null, cancellationToken))
            throw new NotFoundException("Facility", command.ReceiverFacilityId!);

        // Sharing is its own purpose: a withdrawn sharing consent refuses it even with the per-referral override.
        if (sharesPersonalData) await db.EnsureMayProcessAsync(client.Id, ConsentPurpose.SharingInReferral, cancellationToken);
        var consented = sharesPersonalData && await db.ConsentRecords.AnyAsync(c => c.ClientId == client.Id
            && c.Purpose == ConsentPurpose.SharingInReferral && c.GivenOn <= command.SentOn
            && (c.WithdrawnOn == null || c.WithdrawnOn > command.SentOn), cancellationToken);
        var now = clock.GetUtcNow();
        Referral referral;
        if (platform)
        {
            var sender = await db.Facilities.AsNoTracking().Where(f => f.Id == user.FacilityId).Select(f => f.Name).SingleAsync(cancellationToken);
            var address = string.Join(", ", new[] { client.AddressDetail, client.CommuneWard, client.Province }.Where(s => !string.IsNullOrEmpty(s)));
            var shared = new SharedReferralData(
                share!.Name ? client.FullName : null, share.BirthYear ? client.BirthYear : null, share.Sex ? client.Sex.ToString() : null,
                share.Phone ? client.Phone : null, share.Address && address.Length > 0 ? address : null, share.Problem ? @case.PresentingProblem : null,
                share.Needs && @case.UrgentNeeds != UrgentNeed.None ? @case.UrgentNeeds.ToString() : null);
            (referral, var package) = Referral.ToFacility(
                @case.Id, client.Id, user.FacilityId!.Value, sender, command.ReceiverFacilityId!.Value, command.Reason, command.SentOn, shared,
                sharesPersonalData, consented, command.ConsentOverrideReason, user.UserId, now);
            db.ReferralPackages.Add(package);
            // The receiving unit (its head and social workers) learns of it; the text names the sender, never the client.
            outbox.Raise(NotificationKind.ReferralReceived, command.ReceiverFacilityId, null, NotificationRecords.Referral, referral.Id, user.UserId,
                roles: [UserRole.FacilityAdmin, UserRole.SocialWorker], args: [sender]);
        }
        else
        {
            referral = Referral.ToAgency(
                @case.Id, client.Id, command.AgencyKind!.Value, command.AgencyName!, command.Reason, command.SentOn, sharesPersonalData, consented,
                command.ConsentOverrideReason, user.UserId, now);
        }
        if (referral.ConsentOverrideReason is not null && !user.HasPermission(Permissions.CasesSupervise))
            throw new ForbiddenException("consent-override-head-only");
        db.Referrals.Add(referral);
        if (referral.ConsentOverrideReason is not null)
            db.Audit(user, clock, "referral.consent-override", nameof(Referral), referral.Id, referral.ConsentOverrideReason);
        if (referral.ReceiverFacilityId is { } receiver)
        {
            // For the receiving unit's integrations: which referral, from which unit — nothing about the client.
            await outbox.PublishWebhookEventAsync(db, WebhookEventTypes.ReferralReceived, receiver, now,
                () => new { referralId = referral.Id, senderFacilityId = user.FacilityId, referral.SentOn }, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return (await ReferralQueries.SentAsync(db, user, @case.Id, referral.Id, cancellationToken)).Single();
    }
}
