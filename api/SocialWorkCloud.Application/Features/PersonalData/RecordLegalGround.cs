using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Auditing;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Consents;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Consents;

namespace SocialWorkCloud.Application.Features.PersonalData;

/// <summary>The unit head records the legal ground for processing on after a consent was withdrawn (audited).</summary>
[RequiresPermission(Permissions.PersonalDataManage)]
public sealed record RecordLegalGround(
    [property: System.Text.Json.Serialization.JsonIgnore] Guid ClientId, [property: System.Text.Json.Serialization.JsonIgnore] Guid ConsentId, string LegalGround)
    : ICommand<ConsentDto>;

public sealed class RecordLegalGroundValidator : AbstractValidator<RecordLegalGround>
{
    public RecordLegalGroundValidator() => RuleFor(x => x.LegalGround).NotEmpty().MaximumLength(2000);
}

public sealed class RecordLegalGroundHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RecordLegalGround, ConsentDto>
{
    public async ValueTask<ConsentDto> Handle(RecordLegalGround command, CancellationToken cancellationToken)
    {
        var consent = await db.ConsentRecords.SingleOrDefaultAsync(c => c.Id == command.ConsentId && c.ClientId == command.ClientId, cancellationToken)
            ?? throw new NotFoundException("Consent", command.ConsentId);
        consent.RecordLegalGround(command.LegalGround, user.UserId, clock.GetUtcNow());
        db.Audit(user, clock, "consent.legal-ground", nameof(ConsentRecord), consent.Id, $"{consent.Purpose}: {consent.LegalGround}");
        await db.SaveChangesAsync(cancellationToken);
        return consent.ToDto(VietnamClock.Today(clock));
    }
}
