using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Paging;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Audit;

/// <summary>The facility's audit log (the unit head), filtered, newest first, paged.</summary>
[RequiresPermission(Permissions.AuditRead)]
public sealed record ListAuditEntries(Guid? UserId = null, string? EntityType = null, Guid? EntityId = null, string? Action = null,
    DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 50) : IQuery<PagedList<AuditEntryView>>, IAuditFilter;

/// <summary>The platform's own log (the platform admin): provinces, facilities and accounts created outside any facility.</summary>
[RequiresPermission(Permissions.AuditReadPlatform)]
public sealed record ListPlatformAuditEntries(Guid? UserId = null, string? EntityType = null, Guid? EntityId = null, string? Action = null,
    DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 50) : IQuery<PagedList<AuditEntryView>>, IAuditFilter;

public sealed class ListAuditEntriesValidator : AbstractValidator<ListAuditEntries>
{
    public ListAuditEntriesValidator()
    {
        Include(new AuditFilterRules<ListAuditEntries>());
        RuleFor(x => x.Page).InclusiveBetween(1, 100_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}

public sealed class ListPlatformAuditEntriesValidator : AbstractValidator<ListPlatformAuditEntries>
{
    public ListPlatformAuditEntriesValidator()
    {
        Include(new AuditFilterRules<ListPlatformAuditEntries>());
        RuleFor(x => x.Page).InclusiveBetween(1, 100_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}

public sealed class ListAuditEntriesHandler(AppDbContext db) :
    IQueryHandler<ListAuditEntries, PagedList<AuditEntryView>>, IQueryHandler<ListPlatformAuditEntries, PagedList<AuditEntryView>>
{
    public ValueTask<PagedList<AuditEntryView>> Handle(ListAuditEntries query, CancellationToken cancellationToken) =>
        PageAsync(AuditQueries.Filtered(db, db.AuditEntries.AsNoTracking(), query), query.Page, query.PageSize, cancellationToken);

    public ValueTask<PagedList<AuditEntryView>> Handle(ListPlatformAuditEntries query, CancellationToken cancellationToken) =>
        PageAsync(AuditQueries.Filtered(db, db.PlatformAuditEntries.AsNoTracking(), query), query.Page, query.PageSize, cancellationToken);

    private static async ValueTask<PagedList<AuditEntryView>> PageAsync(IQueryable<AuditEntryView> rows, int page, int pageSize, CancellationToken ct)
    {
        var total = await rows.CountAsync(ct);
        var items = await rows.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedList<AuditEntryView>(items, page, pageSize, total);
    }
}
