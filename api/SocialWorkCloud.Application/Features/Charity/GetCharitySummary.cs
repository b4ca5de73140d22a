using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Charity;

namespace SocialWorkCloud.Application.Features.Charity;

/// <summary>Activities held, beneficiaries and value per kind between two dates (default: this year), and occurrences still to confirm.</summary>
[RequiresPermission(Permissions.ActivitiesRead)]
public sealed record GetCharitySummary(DateOnly? From = null, DateOnly? To = null) : IQuery<CharitySummary>;

public sealed class GetCharitySummaryValidator : AbstractValidator<GetCharitySummary>
{
    public GetCharitySummaryValidator()
    {
        RuleFor(x => x.From).MustBeAnActivityDate();
        RuleFor(x => x.To).MustBeAnActivityDate();
    }
}

public sealed class GetCharitySummaryHandler(AppDbContext db, IMediator mediator, TimeProvider clock) : IQueryHandler<GetCharitySummary, CharitySummary>
{
    public async ValueTask<CharitySummary> Handle(GetCharitySummary query, CancellationToken cancellationToken)
    {
        var today = VietnamClock.Today(clock);
        var from = query.From ?? new DateOnly(today.Year, 1, 1);
        var to = query.To ?? new DateOnly(today.Year, 12, 31);
        var held = await db.CharityActivities.AsNoTracking().Where(a => a.Held && a.Date >= from && a.Date <= to)
            .Select(a => new { a.Kind, a.BeneficiaryCount, a.ValueVnd }).ToListAsync(cancellationToken);
        var byKind = held.GroupBy(a => a.Kind).OrderBy(g => g.Key)
            .Select(g => new KindCountRow(g.Key, g.Count(), g.Sum(a => a.BeneficiaryCount), g.Sum(a => a.ValueVnd))).ToList();
        var pending = (await mediator.Send(new ListCharitySchedules(), cancellationToken)).Sum(s => s.PendingOccurrences);
        return new CharitySummary(from, to, held.Count, held.Sum(a => a.BeneficiaryCount), held.Sum(a => a.ValueVnd), pending, byKind);
    }
}
