using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Commendations;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Commendations;

/// <summary>
/// Nominations and awards: the facility its own, the province the submitted ones of its facilities. With
/// status Awarded it is the record of awards, per facility or per person (the name search ignores accents).
/// </summary>
[RequiresPermission(Permissions.CommendationsRead)]
public sealed record ListNominations(int? Year = null, Guid? FacilityId = null, NominationStatus? Status = null, string? Search = null)
    : IQuery<IReadOnlyList<NominationDto>>;

public sealed class ListNominationsValidator : AbstractValidator<ListNominations>
{
    public ListNominationsValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2050);
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Search).MaximumLength(200);
    }
}

public sealed class ListNominationsHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<ListNominations, IReadOnlyList<NominationDto>>
{
    public async ValueTask<IReadOnlyList<NominationDto>> Handle(ListNominations query, CancellationToken cancellationToken)
    {
        var nominations = db.NominationsVisibleTo(user);
        if (query.Year is { } year) nominations = nominations.Where(n => n.Year == year);
        if (query.FacilityId is { } facilityId) nominations = nominations.Where(n => n.FacilityId == facilityId);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var folded = VietnameseText.Fold(query.Search);
            nominations = nominations.Where(n => n.SearchName.Contains(folded));
        }
        var decisions = db.CommendationDecisions;
        nominations = query.Status switch
        {
            null => nominations,
            NominationStatus.Draft => nominations.Where(n => n.Status == NominationStatus.Draft),
            NominationStatus.Submitted => nominations.Where(n => n.Status == NominationStatus.Submitted && !decisions.Any(d => d.NominationId == n.Id)),
            NominationStatus.Awarded => nominations.Where(n => decisions.Any(d => d.NominationId == n.Id && d.Awarded)),
            _ => nominations.Where(n => decisions.Any(d => d.NominationId == n.Id && !d.Awarded)),
        };
        return await CommendationScope.ProjectAsync(db, nominations, cancellationToken);
    }
}
