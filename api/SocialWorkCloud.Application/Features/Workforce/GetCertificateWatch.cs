using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Workforce;

/// <summary>The unit head's certificate lists as of a date (default today), with when the daily job last checked.</summary>
[RequiresPermission(Permissions.WorkforceManage)]
public sealed record GetCertificateWatch(DateOnly? AsOf = null) : IQuery<CertificateWatch>;

public sealed class GetCertificateWatchValidator : AbstractValidator<GetCertificateWatch>
{
    public GetCertificateWatchValidator() => RuleFor(x => x.AsOf).MustBeAnActivityDate();
}

public sealed class GetCertificateWatchHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetCertificateWatch, CertificateWatch>
{
    public async ValueTask<CertificateWatch> Handle(GetCertificateWatch query, CancellationToken cancellationToken)
    {
        var asOf = query.AsOf ?? VietnamClock.Today(clock);
        var watch = (await CertificateWatchCalculator.ComputeAsync(db.StaffMembers, db.PracticeCertificates, asOf, cancellationToken))
            .GetValueOrDefault(user.FacilityId ?? Guid.Empty) ?? CertificateWatchCalculator.Empty(asOf);
        var lastChecked = await db.CertificateChecks.AsNoTracking().OrderByDescending(c => c.CheckedAt)
            .Select(c => (DateTimeOffset?)c.CheckedAt).FirstOrDefaultAsync(cancellationToken);
        return watch with { LastCheckedAt = lastChecked };
    }
}
