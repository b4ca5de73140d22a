using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Fundraising;

public sealed record FileDownload(string FileName, string ContentType, byte[] Content);

/// <summary>The scanned paper a beneficiary signed.</summary>
[RequiresPermission(Permissions.FundraisingRead)]
public sealed record GetAcknowledgementScan(Guid EntryId) : IQuery<FileDownload>;

public sealed class GetAcknowledgementScanHandler(AppDbContext db) : IQueryHandler<GetAcknowledgementScan, FileDownload>
{
    public async ValueTask<FileDownload> Handle(GetAcknowledgementScan query, CancellationToken cancellationToken)
    {
        var scan = await db.DistributionAcknowledgements.AsNoTracking().Where(a => a.EntryId == query.EntryId && a.Scan != null)
            .Select(a => new { a.ScanFileName, a.ScanContentType, a.Scan }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Acknowledgement scan", query.EntryId);
        return new FileDownload(scan.ScanFileName!, scan.ScanContentType!, scan.Scan!);
    }
}
