using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>
/// The beneficiary's acknowledgement of a distribution: who received it and when, optionally with the
/// signed paper scanned (PDF or image, base64, up to 2 MB). Recorded once; an approval must come first when one is needed.
/// </summary>
[RequiresPermission(Permissions.FundraisingRecord)]
public sealed record AcknowledgeDistribution(
    [property: JsonIgnore] Guid EntryId, string ReceivedBy, DateOnly ReceivedOn, string? Note, string? ScanFileName, string? ScanContentType, string? ScanBase64)
    : ICommand<LedgerEntryDto>;

public sealed class AcknowledgeDistributionValidator : AbstractValidator<AcknowledgeDistribution>
{
    public const int MaxScanBytes = 2 * 1024 * 1024;
    private static readonly string[] ScanTypes = ["application/pdf", "image/jpeg", "image/png"];

    public AcknowledgeDistributionValidator(TimeProvider clock)
    {
        RuleFor(x => x.ReceivedBy).NotEmpty().MaximumLength(200);
        RuleFor(x => x.ReceivedOn).MustBeALedgerDate(clock);
        RuleFor(x => x.Note).MaximumLength(1000);
        When(x => x.ScanBase64 is not null, () =>
        {
            RuleFor(x => x.ScanFileName).NotEmpty().MaximumLength(200);
            RuleFor(x => x.ScanContentType).MaximumLength(100);
            RuleFor(x => x.ScanBase64).MaximumLength((MaxScanBytes + 2) / 3 * 4); // the base64 of the largest scan
            RuleFor(x => x.ScanContentType).Must(t => ScanTypes.Contains(t))
                .WithText("scan-type");
            RuleFor(x => x.ScanBase64).Must(b => Decode(b) is { Length: > 0 and <= MaxScanBytes })
                .WithText("scan-size");
        });
    }

    internal static byte[]? Decode(string? base64)
    {
        if (base64 is null || base64.Length > MaxScanBytes * 4 / 3 + 8) return null;
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var written) ? buffer[..written] : null;
    }
}

public sealed class AcknowledgeDistributionHandler(AppDbContext db, ICurrentUser user, IRequestOrigin origin, TimeProvider clock)
    : ICommandHandler<AcknowledgeDistribution, LedgerEntryDto>
{
    public async ValueTask<LedgerEntryDto> Handle(AcknowledgeDistribution command, CancellationToken cancellationToken)
    {
        var entry = await db.LedgerEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == command.EntryId, cancellationToken)
            ?? throw new NotFoundException("Ledger entry", command.EntryId);
        if (entry.Kind is not (EntryKind.CashDistribution or EntryKind.GoodsDistribution) || entry.IsReversal)
        {
            throw new BusinessRuleException("not-a-distribution");
        }
        if (entry.NeedsApproval && !await db.DistributionApprovals.AnyAsync(a => a.EntryId == entry.Id, cancellationToken))
        {
            throw new BusinessRuleException("approval-pending");
        }
        if (await db.DistributionAcknowledgements.AnyAsync(a => a.EntryId == entry.Id, cancellationToken))
        {
            throw new ConflictException("already-acknowledged");
        }
        var scan = AcknowledgeDistributionValidator.Decode(command.ScanBase64);
        db.DistributionAcknowledgements.Add(new DistributionAcknowledgement
        {
            EntryId = entry.Id,
            ReceivedBy = command.ReceivedBy.Trim(),
            ReceivedOn = command.ReceivedOn,
            Note = command.Note?.Trim(),
            ScanFileName = scan is null ? null : Path.GetFileName(command.ScanFileName),
            ScanContentType = scan is null ? null : command.ScanContentType,
            Scan = scan,
            RecordedAt = clock.GetUtcNow(),
            RecordedBy = user.UserId,
            RecordedFromIp = origin.Address,
        });
        await db.SaveChangesAsync(cancellationToken);
        return await Ledger.ToDtoAsync(db, user, clock, entry, cancellationToken);
    }
}
