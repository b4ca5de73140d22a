using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Auditing;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Audit;

/// <summary>The facility's hash chains that can be verified.</summary>
public enum FacilityChain
{
    /// <summary>The facility's audit log.</summary>
    Audit = 1,
    /// <summary>The facility's fundraising ledger (every campaign and the general fund).</summary>
    Ledger = 2,
}

/// <summary>Recomputes one of the caller's facility's chains from its first row: ok with the row count, or the first broken link.</summary>
[RequiresPermission(Permissions.AuditRead)]
public sealed record VerifyFacilityChain(FacilityChain Chain) : IQuery<ChainVerification>;

/// <summary>Recomputes the platform's audit chain.</summary>
[RequiresPermission(Permissions.AuditReadPlatform)]
public sealed record VerifyPlatformChain : IQuery<ChainVerification>;

public sealed class VerifyFacilityChainValidator : AbstractValidator<VerifyFacilityChain>
{
    public VerifyFacilityChainValidator() => RuleFor(x => x.Chain).IsInEnum();
}

public sealed class VerifyChainHandler(AppDbContext db, ICurrentUser user) :
    IQueryHandler<VerifyFacilityChain, ChainVerification>, IQueryHandler<VerifyPlatformChain, ChainVerification>
{
    public async ValueTask<ChainVerification> Handle(VerifyFacilityChain query, CancellationToken cancellationToken)
    {
        // The caller's own facility, never one named in the request.
        var facility = user.FacilityId ?? throw new ForbiddenException("audit-facility-only");
        return query.Chain == FacilityChain.Ledger
            ? await HashChainVerifier.LedgerAsync(db, facility, cancellationToken)
            : await HashChainVerifier.FacilityAuditAsync(db, facility, cancellationToken);
    }

    public async ValueTask<ChainVerification> Handle(VerifyPlatformChain query, CancellationToken cancellationToken) =>
        await HashChainVerifier.PlatformAuditAsync(db, cancellationToken);
}
