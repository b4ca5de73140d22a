using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.Application.Features.Workforce;

/// <summary>Records a staff member's practice certificate; the scanned copy is uploaded after. Numbers are unique per facility (409).</summary>
[RequiresPermission(Permissions.WorkforceManage)]
public sealed record AddPracticeCertificate(
    [property: JsonIgnore] Guid StaffMemberId, string Number, string Issuer, DateOnly IssuedOn, DateOnly? ExpiresOn = null) : ICommand<CertificateDto>;

public sealed class AddPracticeCertificateValidator : AbstractValidator<AddPracticeCertificate>
{
    public AddPracticeCertificateValidator()
    {
        RuleFor(x => x.Number).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Issuer).NotEmpty().MaximumLength(300);
        RuleFor(x => x.IssuedOn).MustBeAnActivityDate();
        RuleFor(x => x.ExpiresOn).MustBeAnActivityDate().GreaterThan(x => x.IssuedOn).When(x => x.ExpiresOn is not null);
    }
}

public sealed class AddPracticeCertificateHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IOutbox outbox) : ICommandHandler<AddPracticeCertificate, CertificateDto>
{
    public async ValueTask<CertificateDto> Handle(AddPracticeCertificate command, CancellationToken cancellationToken)
    {
        if (!await db.StaffMembers.AnyAsync(s => s.Id == command.StaffMemberId, cancellationToken))
        {
            throw new NotFoundException("StaffMember", command.StaffMemberId);
        }
        var number = command.Number.Trim();
        if (await db.PracticeCertificates.AnyAsync(c => c.Number == number, cancellationToken))
        {
            throw new ConflictException("certificate-number-exists");
        }
        var certificate = new PracticeCertificate
        {
            Id = Guid.NewGuid(), StaffMemberId = command.StaffMemberId, Number = number, Issuer = command.Issuer.Trim(),
            IssuedOn = command.IssuedOn, ExpiresOn = command.ExpiresOn, CreatedAt = clock.GetUtcNow(),
        };
        db.PracticeCertificates.Add(certificate);
        // Entered already expiring within the warning window: the unit head hears of it now, not at the next daily run.
        DeadlinesChanged.Publish(outbox, user.FacilityId, DeadlineScope.Certificates,
            command.ExpiresOn is { } expires && DeadlinesChanged.InWindow(expires, clock, CertificateRule.ExpiryWarningDays));
        await db.SaveChangesAsync(cancellationToken);
        return new CertificateDto(certificate.Id, certificate.Number, certificate.Issuer, certificate.IssuedOn, certificate.ExpiresOn, false, null);
    }
}
