using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Workforce;

/// <summary>Attaches (or replaces) the scanned copy of a certificate: PDF, JPEG or PNG up to 5 MB.</summary>
[RequiresPermission(Permissions.WorkforceManage)]
public sealed record UploadCertificateScan(Guid CertificateId, string FileName, string ContentType, byte[] Content) : ICommand<CertificateDto>;

public sealed class UploadCertificateScanValidator : AbstractValidator<UploadCertificateScan>
{
    public const int MaxBytes = 5 * 1024 * 1024;
    private static readonly string[] Allowed = ["application/pdf", "image/jpeg", "image/png"];

    public UploadCertificateScanValidator()
    {
        RuleFor(x => x.FileName).NotEmpty().MaximumLength(255);
        RuleFor(x => x.ContentType).Must(t => Allowed.Contains(t))
            .WithText("certificate-scan-type");
        RuleFor(x => x.Content).Must(c => c is { Length: > 0 and <= MaxBytes })
            .WithText("certificate-scan-size");
    }
}

public sealed class UploadCertificateScanHandler(AppDbContext db) : ICommandHandler<UploadCertificateScan, CertificateDto>
{
    public async ValueTask<CertificateDto> Handle(UploadCertificateScan command, CancellationToken cancellationToken)
    {
        var certificate = await db.PracticeCertificates.SingleOrDefaultAsync(c => c.Id == command.CertificateId, cancellationToken)
            ?? throw new NotFoundException("PracticeCertificate", command.CertificateId);
        certificate.ScanFileName = Path.GetFileName(command.FileName);
        certificate.ScanContentType = command.ContentType;
        certificate.ScanContent = command.Content;
        await db.SaveChangesAsync(cancellationToken);
        return new CertificateDto(certificate.Id, certificate.Number, certificate.Issuer, certificate.IssuedOn, certificate.ExpiresOn, true, certificate.ScanFileName);
    }
}
