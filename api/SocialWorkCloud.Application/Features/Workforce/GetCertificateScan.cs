using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Workforce;

public sealed record CertificateScan(string FileName, string ContentType, byte[] Content);

/// <summary>The scanned copy of a certificate (404 when there is none).</summary>
[RequiresPermission(Permissions.WorkforceManage)]
public sealed record GetCertificateScan(Guid CertificateId) : IQuery<CertificateScan>;

public sealed class GetCertificateScanHandler(AppDbContext db) : IQueryHandler<GetCertificateScan, CertificateScan>
{
    public async ValueTask<CertificateScan> Handle(GetCertificateScan query, CancellationToken cancellationToken) =>
        await db.PracticeCertificates.AsNoTracking()
            .Where(c => c.Id == query.CertificateId && c.ScanContent != null)
            .Select(c => new CertificateScan(c.ScanFileName!, c.ScanContentType!, c.ScanContent!))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("CertificateScan", query.CertificateId);
}
