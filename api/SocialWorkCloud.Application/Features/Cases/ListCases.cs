using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Paging;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>The cases the caller may see: filter by stage, "mine", the client's name (diacritics ignored), paged.</summary>
[RequiresPermission(Permissions.CasesWork)]
public sealed record ListCases(bool Mine = false, CaseStage? Stage = null, bool OpenOnly = false, string? Search = null, int Page = 1, int PageSize = 25)
    : IQuery<PagedList<CaseSummary>>;

public sealed class ListCasesValidator : AbstractValidator<ListCases>
{
    public ListCasesValidator()
    {
        RuleFor(x => x.Stage).IsInEnum();
        RuleFor(x => x.Search).MaximumLength(200);
        RuleFor(x => x.Page).InclusiveBetween(1, 100_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}

public sealed class ListCasesHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListCases, PagedList<CaseSummary>>
{
    public async ValueTask<PagedList<CaseSummary>> Handle(ListCases query, CancellationToken cancellationToken)
    {
        var rows = CaseQueries.Filtered(db, user, query.Mine, query.Stage, query.OpenOnly, query.Search);
        var total = await rows.CountAsync(cancellationToken);
        var items = await CaseQueries.Summaries(db, rows.OrderByDescending(c => c.OpenedOn).ThenBy(c => c.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)).ToListAsync(cancellationToken);
        await db.AuditSensitiveReadsAsync(user, clock, "case.list", items.Where(i => i.IsSensitive).Select(i => i.Id), cancellationToken);
        return new PagedList<CaseSummary>(items, query.Page, query.PageSize, total);
    }
}

public static class CaseQueries
{
    /// <summary>Cases open at some time between the two dates (both included).</summary>
    public static IQueryable<Case> OpenDuring(this IQueryable<Case> cases, DateOnly from, DateOnly to) =>
        cases.Where(k => k.OpenedOn <= to && (k.ClosedOn == null || k.ClosedOn >= from));

    /// <summary>"Children in special circumstances supported" in a period: such a child with a case open at some time in it.</summary>
    public static IQueryable<Client> ChildrenSupported(this IQueryable<Client> clients, IQueryable<Case> cases, DateOnly from, DateOnly to)
    {
        const Vulnerability children = Vulnerabilities.ChildInSpecialCircumstances;
        var open = cases.OpenDuring(from, to);
        return clients.Where(c => (c.Vulnerabilities & children) != 0 && open.Any(k => k.ClientId == c.Id));
    }

    public static IQueryable<Case> Filtered(AppDbContext db, ICurrentUser user, bool mine, CaseStage? stage, bool openOnly, string? search)
    {
        var cases = db.Cases.AsNoTracking().VisibleTo(user);
        if (mine) cases = cases.Where(c => c.AssignedWorkerId == user.UserId);
        if (stage is { } s) cases = cases.Where(c => c.Stage == s);
        if (openOnly) cases = cases.Where(c => c.Stage != CaseStage.Closed);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var folded = VietnameseText.Fold(search);
            // A case number (whole or its tail, e.g. "0042") or the client's name.
            var number = search.Trim().ToUpperInvariant();
            cases = cases.Where(c => c.CaseNumber.Contains(number) || db.Clients.Any(cl => cl.Id == c.ClientId && cl.SearchName.Contains(folded)));
        }
        return cases;
    }

    public static IQueryable<CaseSummary> Summaries(AppDbContext db, IQueryable<Case> cases) =>
        from c in cases
        join cl in db.Clients on c.ClientId equals cl.Id
        where cl.RestrictedSince == null
        select new CaseSummary(
            c.Id, c.CaseNumber, c.ClientId, cl.FullName, c.AssignedWorkerId,
            db.Users.Where(u => u.Id == c.AssignedWorkerId).Select(u => u.FullName).FirstOrDefault(),
            c.Priority, c.RiskLevel, c.Stage, c.IsSensitive, c.OpenedOn, c.ClosedOn, c.PlanApproval, c.ClosureApproval);
}
