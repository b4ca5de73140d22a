using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Consents;

/// <summary>Withdraws a consent from a date; the record stays, so what was shared before stays explained.</summary>
[RequiresPermission(Permissions.ClientsWrite)]
public sealed record WithdrawConsent(
    [property: System.Text.Json.Serialization.JsonIgnore] Guid ClientId, [property: System.Text.Json.Serialization.JsonIgnore] Guid ConsentId, DateOnly WithdrawnOn)
    : ICommand<ConsentDto>;

public sealed class WithdrawConsentValidator : AbstractValidator<WithdrawConsent>
{
    public WithdrawConsentValidator(TimeProvider clock) =>
        RuleFor(x => x.WithdrawnOn).Must(d => d.Year >= 2000 && d <= VietnamClock.Today(clock))
            .WithText("withdrawal-date-future");
}

public sealed class WithdrawConsentHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<WithdrawConsent, ConsentDto>
{
    public async ValueTask<ConsentDto> Handle(WithdrawConsent command, CancellationToken cancellationToken)
    {
        var consent = await db.ConsentRecords.SingleOrDefaultAsync(c => c.Id == command.ConsentId && c.ClientId == command.ClientId, cancellationToken)
            ?? throw new NotFoundException("Consent", command.ConsentId);
        if (consent.WithdrawnOn is not null)
            throw new BusinessRuleException("already-withdrawn");
        if (command.WithdrawnOn < consent.GivenOn)
            throw new BusinessRuleException("before-given");
        consent.WithdrawnOn = command.WithdrawnOn;
        await db.SaveChangesAsync(cancellationToken);
        return consent.ToDto(VietnamClock.Today(clock));
    }
}
