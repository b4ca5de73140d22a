using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Paging;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>The facility's donors with what each has given; the name search ignores diacritics.</summary>
[RequiresPermission(Permissions.FundraisingRead)]
public sealed record ListDonors(string? Search = null, int Page = 1, int PageSize = 25) : IQuery<PagedList<DonorSummary>>;

public sealed class ListDonorsValidator : AbstractValidator<ListDonors>
{
    public ListDonorsValidator()
    {
        RuleFor(x => x.Search).MaximumLength(200);
        RuleFor(x => x.Page).InclusiveBetween(1, 100_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}

public sealed class ListDonorsHandler(AppDbContext db) : IQueryHandler<ListDonors, PagedList<DonorSummary>>
{
    public async ValueTask<PagedList<DonorSummary>> Handle(ListDonors query, CancellationToken cancellationToken)
    {
        var donors = db.Donors.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var folded = VietnameseText.Fold(query.Search);
            donors = donors.Where(d => d.SearchName.Contains(folded) || (d.Phone != null && d.Phone.Contains(folded)));
        }
        var total = await donors.CountAsync(cancellationToken);
        var page = await Summaries(db, donors.OrderBy(d => d.SortName).ThenBy(d => d.Id).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize))
            .ToListAsync(cancellationToken);
        return new PagedList<DonorSummary>(page, query.Page, query.PageSize, total);
    }

    /// <summary>Gifts net of reversals: a reversed receipt counts neither its amount nor itself.</summary>
    internal static IQueryable<DonorSummary> Summaries(AppDbContext db, IQueryable<Donor> donors) => donors.Select(d => new DonorSummary(
        d.Id, d.Kind, d.Name, d.Phone, d.Email, d.Address, d.IsAnonymousInPublic, d.Note,
        db.LedgerEntries.Where(e => e.DonorId == d.Id && e.Kind == EntryKind.CashReceipt && e.ReversesId == null && !db.LedgerEntries.Any(r => r.ReversesId == e.Id)).Sum(e => (long?)e.Amount) ?? 0,
        db.LedgerEntries.Where(e => e.DonorId == d.Id && e.Kind == EntryKind.GoodsReceipt && e.ReversesId == null && !db.LedgerEntries.Any(r => r.ReversesId == e.Id)).Sum(e => (long?)e.Amount) ?? 0,
        db.LedgerEntries.Count(e => e.DonorId == d.Id && e.ReversesId == null && e.ReceiptNumber != null && !db.LedgerEntries.Any(r => r.ReversesId == e.Id)),
        d.Version, d.CommuneCode));
}
