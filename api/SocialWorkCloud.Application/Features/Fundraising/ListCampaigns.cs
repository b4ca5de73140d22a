using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Paging;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>The facility's campaigns and general fund with their totals, newest first.</summary>
[RequiresPermission(Permissions.FundraisingRead)]
public sealed record ListCampaigns(CampaignStatus? Status = null, int Page = 1, int PageSize = 25) : IQuery<PagedList<CampaignSummary>>;

public sealed class ListCampaignsValidator : AbstractValidator<ListCampaigns>
{
    public ListCampaignsValidator()
    {
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Page).InclusiveBetween(1, 100_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}

public sealed class ListCampaignsHandler(AppDbContext db) : IQueryHandler<ListCampaigns, PagedList<CampaignSummary>>
{
    public async ValueTask<PagedList<CampaignSummary>> Handle(ListCampaigns query, CancellationToken cancellationToken)
    {
        var campaigns = db.Campaigns.AsNoTracking();
        if (query.Status is { } status) campaigns = campaigns.Where(c => c.Status == status);
        var total = await campaigns.CountAsync(cancellationToken);
        var rows = await campaigns
            .Join(db.FundBalances, c => c.Id, b => b.CampaignId, (c, b) => new { c, b })
            .OrderBy(x => x.c.Kind).ThenByDescending(x => x.c.StartDate).ThenBy(x => x.c.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        var items = rows.Select(x => new CampaignSummary(
            x.c.Id, x.c.Kind, x.c.Title, x.c.Status, x.c.StartDate, x.c.EndDate, x.c.TargetAmount, x.c.PublishedAt != null,
            FundTotals.Of(x.b), x.c.TargetMaximum)).ToList();
        return new PagedList<CampaignSummary>(items, query.Page, query.PageSize, total);
    }
}
