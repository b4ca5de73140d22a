using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Features.Referrals;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Referrals;

namespace SocialWorkCloud.Application.Features.Cases;

public sealed record CategoryCount(Vulnerability Category, int Clients);

public sealed record StatusCount(ReferralStatus Status, int Referrals);

/// <summary>The facility's case-management figures for a period (both dates included).</summary>
public sealed record CaseFigures(
    DateOnly From, DateOnly To, int CasesOpened, int CasesClosed, int OpenCases, double? AverageDaysToClose,
    IReadOnlyList<CategoryCount> ClientsByVulnerability, int ChildrenInSpecialCircumstancesSupported, int CounsellingSessions,
    double? AverageDistressChange, IReadOnlyList<StatusCount> ReferralsByStatus);

/// <summary>Figures for the facility home: counts only, so the unit head and workers see the same totals (no record is listed).</summary>
[RequiresPermission(Permissions.CasesReadFacility)]
public sealed record GetCaseFigures(DateOnly? From = null, DateOnly? To = null) : IQuery<CaseFigures>;

public sealed class GetCaseFiguresValidator : AbstractValidator<GetCaseFigures>
{
    public GetCaseFiguresValidator()
    {
        RuleFor(x => x.From).Must(d => d is null || d.Value.Year >= 2000).WithText("case-figures-from-invalid");
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
    }
}

public sealed class GetCaseFiguresHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetCaseFigures, CaseFigures>
{
    public async ValueTask<CaseFigures> Handle(GetCaseFigures query, CancellationToken cancellationToken)
    {
        var to = query.To ?? VietnamClock.Today(clock);
        var from = query.From ?? new DateOnly(to.Year, 1, 1);
        var cases = db.Cases.AsNoTracking();
        var opened = await cases.CountAsync(c => c.OpenedOn >= from && c.OpenedOn <= to, cancellationToken);
        var closed = await cases.Where(c => c.ClosedOn != null && c.ClosedOn >= from && c.ClosedOn <= to)
            .Select(c => new { c.OpenedOn, ClosedOn = c.ClosedOn!.Value }).ToListAsync(cancellationToken);
        var open = await cases.CountAsync(c => c.Stage != CaseStage.Closed, cancellationToken);

        var byCombination = await db.Clients.AsNoTracking().Where(c => c.MergedIntoId == null && c.Vulnerabilities != Vulnerability.None)
            .GroupBy(c => c.Vulnerabilities).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byCategory = Vulnerabilities.All
            .Select(v => new CategoryCount(v, byCombination.Where(x => x.Key.HasFlag(v)).Sum(x => x.Count)))
            .Where(x => x.Clients > 0).ToList();

        var childrenSupported = await db.Clients.AsNoTracking().ChildrenSupported(cases, from, to).CountAsync(cancellationToken);

        var sessions = db.CounsellingSessions.AsNoTracking().Where(s => s.HeldOn >= from && s.HeldOn <= to);
        var sessionCount = await sessions.CountAsync(cancellationToken);
        var distress = await sessions.Where(s => s.DistressBefore != null && s.DistressAfter != null)
            .Select(s => (double)(s.DistressAfter!.Value - s.DistressBefore!.Value)).ToListAsync(cancellationToken);

        var external = await db.Referrals.AsNoTracking()
            .Where(r => r.Target == ReferralTarget.ExternalAgency && r.SentOn >= from && r.SentOn <= to)
            .GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var platform = await db.ReferralPackages.AsNoTracking().SentBy(user.FacilityId).Where(p => p.SentOn >= from && p.SentOn <= to)
            .GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var referrals = Enum.GetValues<ReferralStatus>()
            .Select(s => new StatusCount(s, external.Where(x => x.Key == s).Sum(x => x.Count) + platform.Where(x => x.Key == s).Sum(x => x.Count)))
            .ToList();

        return new CaseFigures(
            from, to, opened, closed.Count, open,
            closed.Count == 0 ? null : Math.Round(closed.Average(c => c.ClosedOn.DayNumber - c.OpenedOn.DayNumber), 1),
            byCategory, childrenSupported, sessionCount, distress.Count == 0 ? null : Math.Round(distress.Average(), 2), referrals);
    }
}
