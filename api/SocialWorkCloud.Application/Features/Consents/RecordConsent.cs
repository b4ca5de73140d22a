using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Features.PersonalData;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Consents;

namespace SocialWorkCloud.Application.Features.Consents;

/// <summary>Records a consent for one purpose, given by the client or a guardian (named).</summary>
[RequiresPermission(Permissions.ClientsWrite)]
public sealed record RecordConsent(
    [property: System.Text.Json.Serialization.JsonIgnore] Guid ClientId, ConsentPurpose Purpose, ConsentGiver GivenBy, string? GuardianName, DateOnly GivenOn)
    : ICommand<ConsentDto>;

public sealed class RecordConsentValidator : AbstractValidator<RecordConsent>
{
    public RecordConsentValidator(TimeProvider clock)
    {
        RuleFor(x => x.Purpose).IsInEnum();
        RuleFor(x => x.GivenBy).IsInEnum();
        RuleFor(x => x.GuardianName).NotEmpty().When(x => x.GivenBy == ConsentGiver.Guardian)
            .WithText("consent-guardian-required");
        RuleFor(x => x.GuardianName).MaximumLength(200);
        RuleFor(x => x.GivenOn).Must(d => d.Year >= 2000 && d <= VietnamClock.Today(clock))
            .WithText("consent-date-future");
    }
}

public sealed class RecordConsentHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RecordConsent, ConsentDto>
{
    public async ValueTask<ConsentDto> Handle(RecordConsent command, CancellationToken cancellationToken)
    {
        await db.EnsureClientWritableAsync(command.ClientId, cancellationToken);
        var consent = new ConsentRecord
        {
            Id = Guid.NewGuid(), ClientId = command.ClientId, Purpose = command.Purpose, GivenBy = command.GivenBy,
            GuardianName = command.GivenBy == ConsentGiver.Guardian ? command.GuardianName?.Trim() : null, GivenOn = command.GivenOn,
            RecordedAt = clock.GetUtcNow(), RecordedBy = user.UserId,
        };
        db.ConsentRecords.Add(consent);
        await db.SaveChangesAsync(cancellationToken);
        return consent.ToDto(VietnamClock.Today(clock));
    }
}
