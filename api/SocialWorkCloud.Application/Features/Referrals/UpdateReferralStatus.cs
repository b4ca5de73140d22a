using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Cases;
using SocialWorkCloud.Application.Features.PersonalData;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Referrals;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Domain.Notifications;

namespace SocialWorkCloud.Application.Features.Referrals;

/// <summary>
/// The sender records the course of a referral: an external agency's answer (sent → accepted/declined),
/// then completion with the outcome. A platform facility answers for itself; its sender only completes.
/// </summary>
[RequiresPermission(Permissions.CasesWork)]
public sealed record UpdateReferralStatus(
    [property: System.Text.Json.Serialization.JsonIgnore] Guid CaseId, [property: System.Text.Json.Serialization.JsonIgnore] Guid ReferralId,
    ReferralStatus Status, string? Outcome, Guid Version) : ICommand<ReferralDto>;

public sealed class UpdateReferralStatusValidator : AbstractValidator<UpdateReferralStatus>
{
    public UpdateReferralStatusValidator()
    {
        RuleFor(x => x.Status).IsInEnum().NotEqual(ReferralStatus.Sent);
        RuleFor(x => x.Outcome).MaximumLength(2000);
        RuleFor(x => x.Outcome).NotEmpty().When(x => x.Status == ReferralStatus.Completed)
            .WithText("outcome-required");
        RuleFor(x => x.Version).NotEmpty();
    }
}

public sealed class UpdateReferralStatusHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IOutbox outbox) : ICommandHandler<UpdateReferralStatus, ReferralDto>
{
    public async ValueTask<ReferralDto> Handle(UpdateReferralStatus command, CancellationToken cancellationToken)
    {
        var @case = await db.LoadAsync(user, clock, command.CaseId, "case.referral-status", cancellationToken);
        await db.EnsureClientWritableAsync(@case.ClientId, cancellationToken);
        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == command.ReferralId && r.CaseId == @case.Id, cancellationToken)
            ?? throw new NotFoundException("Referral", command.ReferralId);
        db.Entry(referral).Property(r => r.Version).OriginalValue = command.Version;
        var package = referral.Target == ReferralTarget.PlatformFacility
            ? await db.ReferralPackages.SentBy(user.FacilityId).SingleAsync(p => p.Id == referral.Id, cancellationToken)
            : null;
        referral.Record(command.Status, command.Outcome, package);
        if (command.Status == ReferralStatus.Completed)
        {
            var receiver = referral.AgencyName ?? await db.Facilities.AsNoTracking().Where(f => f.Id == referral.ReceiverFacilityId).Select(f => f.Name).SingleOrDefaultAsync(cancellationToken);
            outbox.Raise(NotificationKind.ReferralCompleted, referral.FacilityId, null, NotificationRecords.Referral, referral.Id, user.UserId,
                toReferralSender: true, args: [receiver ?? "—"]);
        }
        await db.SaveChangesAsync(cancellationToken);
        return (await ReferralQueries.SentAsync(db, user, @case.Id, referral.Id, cancellationToken)).Single();
    }
}
