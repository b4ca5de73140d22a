using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Domain.Targets;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>The indicator catalogue, with each indicator's national target for the year when a document sets one.</summary>
[RequiresPermission(Permissions.FacilitiesRead)]
public sealed record ListIndicators(int? Year = null) : IQuery<IReadOnlyList<IndicatorDto>>;

public sealed class ListIndicatorsValidator : AbstractValidator<ListIndicators>
{
    public ListIndicatorsValidator() => RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
}

public sealed class ListIndicatorsHandler(TimeProvider clock) : IQueryHandler<ListIndicators, IReadOnlyList<IndicatorDto>>
{
    public ValueTask<IReadOnlyList<IndicatorDto>> Handle(ListIndicators query, CancellationToken cancellationToken)
    {
        var year = query.Year ?? VietnamClock.Today(clock).Year;
        return ValueTask.FromResult<IReadOnlyList<IndicatorDto>>(IndicatorCatalogue.All.Select(d => IndicatorDto.From(d, year)).ToList());
    }
}
