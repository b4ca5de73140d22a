using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Cases;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Referrals;

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
            .WithMessage("Ghi kết quả chuyển gửi. / Record the outcome.");
        RuleFor(x => x.Version).NotEmpty();
    }
}

public sealed class UpdateReferralStatusHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<UpdateReferralStatus, ReferralDto>
{
    public async ValueTask<ReferralDto> Handle(UpdateReferralStatus command, CancellationToken cancellationToken)
    {
        var @case = await db.LoadAsync(user, clock, command.CaseId, "case.referral-status", cancellationToken);
        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == command.ReferralId && r.CaseId == @case.Id, cancellationToken)
            ?? throw new NotFoundException("Referral", command.ReferralId);
        db.Entry(referral).Property(r => r.Version).OriginalValue = command.Version;
        var package = referral.Target == ReferralTarget.PlatformFacility
            ? await db.ReferralPackages.SentBy(user.FacilityId).SingleAsync(p => p.Id == referral.Id, cancellationToken)
            : null;
        var current = package?.Status ?? referral.Status;
        var allowed = (current, command.Status) switch
        {
            (ReferralStatus.Sent, ReferralStatus.Accepted or ReferralStatus.Declined) => package is null,
            (ReferralStatus.Accepted, ReferralStatus.Completed) => true,
            _ => false,
        };
        if (!allowed)
            throw new BusinessRuleException("referral-status", $"Không thể chuyển từ {current} sang {command.Status}. / A referral cannot go from {current} to {command.Status}.");
        referral.Status = command.Status;
        referral.Outcome = command.Outcome?.Trim() ?? referral.Outcome;
        if (package is not null) package.Status = command.Status;
        await db.SaveChangesAsync(cancellationToken);
        return (await ReferralQueries.SentAsync(db, user, @case.Id, referral.Id, cancellationToken)).Single();
    }
}
