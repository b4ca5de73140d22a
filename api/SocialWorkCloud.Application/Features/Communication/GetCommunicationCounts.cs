using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Reception;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Communication;

/// <summary>Communication items and audience per channel and month or year between two dates.</summary>
[RequiresPermission(Permissions.ActivitiesRead)]
public sealed record GetCommunicationCounts(CountGranularity Granularity, DateOnly From, DateOnly To) : IQuery<CommunicationCounts>;

public sealed class GetCommunicationCountsValidator : AbstractValidator<GetCommunicationCounts>
{
    public GetCommunicationCountsValidator()
    {
        RuleFor(x => x.Granularity).IsInEnum();
        RuleFor(x => x.From).MustBeAnActivityDate();
        RuleFor(x => x.To).MustBeAnActivityDate().GreaterThanOrEqualTo(x => x.From);
    }
}

public sealed class GetCommunicationCountsHandler(AppDbContext db) : IQueryHandler<GetCommunicationCounts, CommunicationCounts>
{
    public async ValueTask<CommunicationCounts> Handle(GetCommunicationCounts query, CancellationToken cancellationToken)
    {
        var items = await db.CommunicationItems.AsNoTracking().Where(i => i.Date >= query.From && i.Date <= query.To)
            .Select(i => new { i.Date, i.Channel, i.AudienceReached }).ToListAsync(cancellationToken);
        var rows = items.GroupBy(i => new { Period = Periods.StartOf(i.Date, query.Granularity), i.Channel })
            .Select(g => new ChannelCountRow(g.Key.Period, g.Key.Channel, g.Count(), g.Sum(i => i.AudienceReached ?? 0)))
            .OrderBy(r => r.PeriodStart).ThenBy(r => r.Channel).ToList();
        return new CommunicationCounts(query.Granularity, query.From, query.To, items.Count, items.Sum(i => i.AudienceReached ?? 0), rows);
    }
}
