using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Paging;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Cases;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Clients;

namespace SocialWorkCloud.Application.Features.Clients;

/// <summary>The facility's clients, searched without regard to diacritics, paged; national ID and phone masked.</summary>
[RequiresPermission(Permissions.ClientsRead)]
public sealed record ListClients(string? Search = null, Vulnerability? Vulnerability = null, int Page = 1, int PageSize = 25)
    : IQuery<ClientPage>;

/// <summary>A page of the register; past <see cref="ClientSearch.CountCap"/> matches the total is a lower bound ("1.000+").</summary>
public sealed record ClientPage(IReadOnlyList<ClientSummary> Items, int Page, int PageSize, int TotalCount, bool TotalIsLowerBound)
{
    public int TotalPages => (int)Math.Ceiling(TotalCount / (double)PageSize);
}

public sealed class ListClientsValidator : AbstractValidator<ListClients>
{
    public ListClientsValidator()
    {
        RuleFor(x => x.Search).MaximumLength(200);
        RuleFor(x => x.Vulnerability).IsInEnum();
        RuleFor(x => x.Page).InclusiveBetween(1, 100_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}

public sealed class ListClientsHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListClients, ClientPage>
{
    public async ValueTask<ClientPage> Handle(ListClients query, CancellationToken cancellationToken)
    {
        // A client confidential to the caller (a sensitive case, none of theirs visible) is out of the list and the search.
        // A name search with no other filter (the desk's every keystroke) runs compiled; the rest as LINQ.
        var (rows, total, lowerBound) = (query.Vulnerability is null
                ? await ClientSearch.NamePageAsync(db, user, query.Search, query.Page, query.PageSize, cancellationToken)
                : null)
            ?? await ClientSearch.PageAsync(Filtered(db.ClientsVisibleTo(user).AsNoTracking(), query.Vulnerability), db.ClientNameKeys.AsNoTracking(),
                db.Cases.AsNoTracking(), query.Search, query.Page, query.PageSize, cancellationToken);
        var items = rows.ConvertAll(r => r.Summary);
        // Only a client with a sensitive case (the page's rows say which) can have a sensitive case the caller reads.
        if (rows.Exists(r => r.HasSensitiveCase))
        {
            await db.AuditSensitiveClientReadsAsync(user, clock, "client.list", rows.Where(r => r.HasSensitiveCase).Select(r => r.Summary.Id), cancellationToken);
        }
        return new ClientPage(items, query.Page, query.PageSize, total, lowerBound);
    }

    private static IQueryable<Client> Filtered(IQueryable<Client> clients, Vulnerability? vulnerability) =>
        vulnerability is { } v ? clients.Where(c => (c.Vulnerabilities & v) == v) : clients;
}
