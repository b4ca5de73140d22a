using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Cases;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Fundraising;

public sealed record FileDownload(string FileName, string ContentType, byte[] Content);

/// <summary>The scanned paper a beneficiary signed.</summary>
[RequiresPermission(Permissions.FundraisingRead)]
public sealed record GetAcknowledgementScan(Guid EntryId) : IQuery<FileDownload>;

public sealed class GetAcknowledgementScanHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetAcknowledgementScan, FileDownload>
{
    public async ValueTask<FileDownload> Handle(GetAcknowledgementScan query, CancellationToken cancellationToken)
    {
        // The signed paper names the recipient: of a sensitive case (or a confidential client) it reaches only who may see the case, audited.
        var link = await db.LedgerEntries.AsNoTracking().Where(e => e.Id == query.EntryId).Select(e => new { e.CaseId, e.ClientId })
            .SingleOrDefaultAsync(cancellationToken);
        if (link?.CaseId is { } caseId)
        {
            if ((await db.HiddenSensitiveCasesAsync(user, [caseId], cancellationToken)).Count > 0) throw new NotFoundException("Acknowledgement scan", query.EntryId);
            await db.AuditSensitiveReadsAsync(user, clock, "ledger.acknowledgement-scan", [caseId], cancellationToken);
        }
        else if (link?.ClientId is { } clientId && (await db.ConfidentialClientsAsync(user, [clientId], cancellationToken)).Count > 0)
        {
            throw new NotFoundException("Acknowledgement scan", query.EntryId);
        }
        var scan = await db.DistributionAcknowledgements.AsNoTracking().Where(a => a.EntryId == query.EntryId && a.Scan != null)
            .Select(a => new { a.ScanFileName, a.ScanContentType, a.Scan }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Acknowledgement scan", query.EntryId);
        return new FileDownload(scan.ScanFileName!, scan.ScanContentType!, scan.Scan!);
    }
}
