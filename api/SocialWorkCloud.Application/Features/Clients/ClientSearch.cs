using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Cases;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Clients;

/// <summary>
/// The desk search, each way an index seek on (FacilityId, key) that stays fast on a register of a
/// million clients: a term with digits is an identifier (national ID, insurance number, patient ID or
/// phone, exact); otherwise the words are a run of whole name parts, the last one possibly unfinished:
/// first the full names starting with them ("nguyen van an", "nguyen"), then the names with them from a
/// later part on ("thu ha" and "ha" find Nguyễn Thị Thu Hà), read from <see cref="ClientNameKey"/> in
/// key order (a client whose name holds the run twice may be counted twice there). Name prefixes are
/// ranges [term, term + 1) rather than LIKE, which neither SQLite (case-insensitive LIKE) nor a non-C
/// collation serves from an index. ORs across columns are avoided: the planners answer them by scanning
/// the facility's rows. Counts stop at <see cref="CountCap"/>: counting the 380,000 "nguyen" of a
/// million-client register cost PostgreSQL 200 ms per keystroke, and nobody pages past a thousand
/// matches — the pager says "1.000+" and the worker types more of the name.
/// </summary>
public static class ClientSearch
{
    public const int CountCap = 1_000;

    /// <summary>
    /// A page row: the list's summary, made as the row is read from the columns a list shows (10 of the client's 23; national
    /// ID and phone masked), and whether the client has a sensitive case (<see cref="HasSensitiveCase"/>: only those rows need
    /// the sensitive-read audit's look at the cases). A struct: it lives in the page's list only until the summaries are taken
    /// out, so no object per row (issue 19).
    /// </summary>
    public readonly record struct Row(ClientSummary Summary, bool HasSensitiveCase);

    private static IQueryable<Row> Listed(this IQueryable<Client> clients, IQueryable<Case> cases) => clients.Select(c =>
        new Row(new ClientSummary(c.Id, c.FullName, c.BirthYear, c.DateOfBirth, c.Sex, Masking.Mask(c.NationalId), Masking.Mask(c.Phone), c.PatientId,
            c.CommuneWard, Vulnerabilities.Split(c.Vulnerabilities)), cases.Any(k => k.ClientId == c.Id && k.IsSensitive)));

    /// <summary>
    /// A name search (no digits) of the clients the caller may see (<see cref="Cases.CaseAccess.ClientsVisibleTo"/>), without
    /// another filter: what the desk sends on every keystroke. The same statements as <see cref="PageAsync"/>'s name search,
    /// compiled. Null when the search is not a name (empty, or an identifier): the caller uses <see cref="PageAsync"/>.
    /// </summary>
    public static async Task<(List<Row> Page, int Total, bool TotalIsLowerBound)?> NamePageAsync(
        AppDbContext db, ICurrentUser user, string? search, int page, int pageSize, CancellationToken ct)
    {
        var folded = VietnameseText.Fold(search);
        if (folded.Length == 0 || folded.Any(char.IsDigit)) return null;
        var upper = PastPrefix(folded);
        var skip = (page - 1) * pageSize;
        var supervise = user.HasPermission(Permissions.CasesSupervise);
        var readFacility = user.HasPermission(Permissions.CasesReadFacility);
        var me = user.UserId ?? Guid.Empty;
        return await MergedNamePageAsync(
            () => NameCounts.For(db, supervise, readFacility)(db, me, folded, upper, ct),
            () => FullNamePage.For(db, supervise, readFacility)(db, me, folded, upper, skip, pageSize),
            (laterSkip, take) => LaterPartsPage.For(db, supervise, readFacility)(db, me, folded, upper, laterSkip, take),
            skip, pageSize, ct);
    }

    public static async Task<(List<Row> Page, int Total, bool TotalIsLowerBound)> PageAsync(
        IQueryable<Client> clients, IQueryable<ClientNameKey> nameKeys, IQueryable<Case> cases, string? search, int page, int pageSize, CancellationToken ct)
    {
        // A restricted client (data subject's request) is out of every list and search until lifted.
        clients = clients.Where(c => c.MergedIntoId == null && c.RestrictedSince == null);
        var skip = (page - 1) * pageSize;
        var folded = VietnameseText.Fold(search);
        if (folded.Length == 0) return await OrderedPageAsync(clients, cases, skip, pageSize, ct);

        if (folded.Any(char.IsDigit))
        {
            var identifier = search!.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal);
            var insurance = identifier.ToUpperInvariant();
            var ids = clients.Where(c => c.NationalId == identifier).Select(c => c.Id)
                .Union(clients.Where(c => c.PatientId == identifier).Select(c => c.Id))
                .Union(clients.Where(c => c.InsuranceNumber == insurance).Select(c => c.Id))
                .Union(clients.Where(c => c.Phone == identifier).Select(c => c.Id));
            return await OrderedPageAsync(clients.Where(c => ids.Contains(c.Id)), cases, skip, pageSize, ct);
        }

        var (byFullName, byLaterParts) = NameMatches(clients, nameKeys, folded);
        return await MergedNamePageAsync(
            () => CappedNameCounts(byFullName, byLaterParts).SumAsync(ct),
            () => byFullName.OrderBy(c => c.SearchName).ThenBy(c => c.Id).Skip(skip).Take(pageSize).Listed(cases).AsAsyncEnumerable(),
            (laterSkip, take) => byLaterParts.Skip(laterSkip).Take(take).Listed(cases).AsAsyncEnumerable(),
            skip, pageSize, ct);
    }

    /// <summary>
    /// A name search's two ways: the clients whose full name starts with <paramref name="folded"/>, and those with a later name
    /// part that does, in key order (a client whose full name matched already is left out).
    /// </summary>
    internal static (IQueryable<Client> ByFullName, IQueryable<Client> ByLaterParts) NameMatches(
        IQueryable<Client> clients, IQueryable<ClientNameKey> nameKeys, string folded)
    {
        var upper = PastPrefix(folded);
        // CA1309: these compares are translated to SQL range predicates (>=, <) that the column's index serves;
        // the database's collation orders them, not .NET, so a StringComparison argument would promise what SQL does not do.
#pragma warning disable CA1309
        var byFullName = clients.Where(c => string.Compare(c.SearchName, folded) >= 0 && string.Compare(c.SearchName, upper) < 0);
        // Later name parts: the key index gives them in key order; a client whose full name matched already is left out.
        var byLaterParts =
            from k in nameKeys
            where string.Compare(k.Key, folded) >= 0 && string.Compare(k.Key, upper) < 0
            join c in clients on k.ClientId equals c.Id
            where !(string.Compare(c.SearchName, folded) >= 0 && string.Compare(c.SearchName, upper) < 0)
            orderby k.Key, k.ClientId
            select c;
#pragma warning restore CA1309
        return (byFullName, byLaterParts);
    }

    /// <summary>
    /// A name search's page, the same for its LINQ and its compiled statements: the clients whose full name starts with the
    /// search first, then those with a later name part that does (each once). Past the cap the full-name matches are
    /// "at least a thousand": the page reads from them alone.
    /// </summary>
    private static async Task<(List<Row> Page, int Total, bool TotalIsLowerBound)> MergedNamePageAsync(
        Func<Task<int>> countBoth, Func<IAsyncEnumerable<Row>> fullNamePage, Func<int, int, IAsyncEnumerable<Row>> laterPartsPage, int skip, int pageSize,
        CancellationToken ct)
    {
        var counts = await countBoth();
        var fullCount = counts % LaterPartMatch;
        var fullCapped = fullCount > CountCap;
        var laterCount = fullCapped ? 0 : counts / LaterPartMatch;
        // Both pages' rows go into one list made to the page's size (no copies as it grows, no second list for the later parts).
        var rows = new List<Row>(pageSize);
        if (fullCapped || fullCount > skip)
        {
            await foreach (var row in fullNamePage().WithCancellation(ct)) rows.Add(row);
        }
        if (!fullCapped && rows.Count < pageSize && laterCount > 0)
        {
            // Each client once, in key order (a name holding the run twice has two keys): a loop, as the page is a few dozen rows.
            await foreach (var row in laterPartsPage(Math.Max(0, skip - fullCount), pageSize - rows.Count).WithCancellation(ct))
            {
                if (!Listed(rows, row.Summary.Id)) rows.Add(row);
            }
        }
        return Capped(rows, fullCount + laterCount);
    }

    private static bool Listed(List<Row> rows, Guid id)
    {
        foreach (var row in rows)
        {
            if (row.Summary.Id == id) return true;
        }
        return false;
    }

    /// <summary>The first key past every key that starts with <paramref name="folded"/> (the range's upper bound).</summary>
    private static string PastPrefix(string folded) => folded[..^1] + (char)(folded[^1] + 1);

    /// <summary>The register (or an identifier's few matches) in Vietnamese order; a name search stays in its key order, which its index gives.</summary>
    private static async Task<(List<Row> Page, int Total, bool TotalIsLowerBound)> OrderedPageAsync(IQueryable<Client> clients, IQueryable<Case> cases, int skip, int pageSize, CancellationToken ct) =>
        Capped(await clients.OrderBy(c => c.SortName).ThenBy(c => c.Id).Skip(skip).Take(pageSize).Listed(cases).ToListAsync(ct), await CappedCountAsync(clients, ct));

    /// <summary>Counts at most one past the cap, so the database stops reading the index there.</summary>
    private static Task<int> CappedCountAsync(IQueryable<Client> clients, CancellationToken ct) =>
        clients.Select(c => c.Id).Take(CountCap + 1).CountAsync(ct);

    /// <summary>What a full-name match adds to <see cref="CappedNameCounts"/>' sum.</summary>
    private const int FullNameMatch = 1;

    /// <summary>
    /// What a later-part match adds to <see cref="CappedNameCounts"/>' sum: more than the full-name matches can add (at most
    /// <see cref="CountCap"/> + 1), so the sum holds both counts: full-name matches = sum % this, later-part matches = sum / this.
    /// </summary>
    private const int LaterPartMatch = CountCap + 2;

    /// <summary>
    /// A name search's two counts, each capped as <see cref="CappedCountAsync"/> does, in one statement (issue 19): a sum over
    /// the capped matches of both ways (<c>UNION ALL</c>), each full-name match counting <see cref="FullNameMatch"/> and each
    /// later-part match <see cref="LaterPartMatch"/>. One round trip, and one query's parameters and machinery instead of two;
    /// each way keeps its own index seek and its own LIMIT. The later parts are counted even when the full names pass the cap
    /// (they are not used then): at most another thousand index entries.
    /// </summary>
    internal static IQueryable<int> CappedNameCounts(IQueryable<Client> byFullName, IQueryable<Client> byLaterParts) =>
        byFullName.Select(c => FullNameMatch).Take(CountCap + 1).Concat(byLaterParts.Select(c => LaterPartMatch).Take(CountCap + 1));

    private static (List<Row>, int, bool) Capped(List<Row> rows, int count) =>
        count > CountCap ? (rows, CountCap, true) : (rows, count, false);

    // NamePageAsync's three statements, compiled once per model (issue 19, CompiledPerModel): built as LINQ they made and
    // parameterised their expression trees on every keystroke, half of the search's allocations. They are PageAsync's name
    // search written out (a compiled query cannot call helpers), with CaseAccess.ClientsVisibleTo's rule and the caller's
    // permissions as parameters, as GetWorkLists states it: a change of either rule goes here too. Each is compiled once per
    // permission set with the rule folded to that role's (CompiledPerVisibility: a unit head's statements carry none of it).
#pragma warning disable CA1309 // as in PageAsync: translated to SQL range predicates, ordered by the database's collation
    private static readonly CompiledPerVisibility<Func<AppDbContext, bool, bool, Guid, string, string, CancellationToken, int>, Func<AppDbContext, Guid, string, string, CancellationToken, int>, Func<AppDbContext, Guid, string, string, CancellationToken, Task<int>>> NameCounts = new(
        (db, supervise, readFacility, me, low, high, ct) =>
            db.Clients.AsNoTracking()
                .Where(cl => supervise || !db.Cases.Any(c => c.ClientId == cl.Id && c.IsSensitive)
                    || db.Cases.Any(c => c.ClientId == cl.Id && (c.AssignedWorkerId == me || (readFacility && !c.IsSensitive))))
                .Where(c => c.MergedIntoId == null && c.RestrictedSince == null)
                .Where(c => string.Compare(c.SearchName, low) >= 0 && string.Compare(c.SearchName, high) < 0)
                .Select(c => FullNameMatch).Take(CountCap + 1)
                .Concat((from k in db.ClientNameKeys.AsNoTracking()
                         where string.Compare(k.Key, low) >= 0 && string.Compare(k.Key, high) < 0
                         join c in db.Clients.AsNoTracking()
                             .Where(cl => supervise || !db.Cases.Any(c => c.ClientId == cl.Id && c.IsSensitive)
                                 || db.Cases.Any(c => c.ClientId == cl.Id && (c.AssignedWorkerId == me || (readFacility && !c.IsSensitive))))
                             .Where(c => c.MergedIntoId == null && c.RestrictedSince == null) on k.ClientId equals c.Id
                         where !(string.Compare(c.SearchName, low) >= 0 && string.Compare(c.SearchName, high) < 0)
                         orderby k.Key, k.ClientId
                         select LaterPartMatch).Take(CountCap + 1))
                .Sum(),
        EF.CompileAsyncQuery<AppDbContext, Guid, string, string, int>);

    private static readonly CompiledPerVisibility<Func<AppDbContext, bool, bool, Guid, string, string, int, int, IQueryable<Row>>, Func<AppDbContext, Guid, string, string, int, int, IQueryable<Row>>, Func<AppDbContext, Guid, string, string, int, int, IAsyncEnumerable<Row>>> FullNamePage = new(
        (db, supervise, readFacility, me, low, high, skip, take) =>
            db.Clients.AsNoTracking()
                .Where(cl => supervise || !db.Cases.Any(c => c.ClientId == cl.Id && c.IsSensitive)
                    || db.Cases.Any(c => c.ClientId == cl.Id && (c.AssignedWorkerId == me || (readFacility && !c.IsSensitive))))
                .Where(c => c.MergedIntoId == null && c.RestrictedSince == null)
                .Where(c => string.Compare(c.SearchName, low) >= 0 && string.Compare(c.SearchName, high) < 0)
                .OrderBy(c => c.SearchName).ThenBy(c => c.Id).Skip(skip).Take(take)
                .Select(c => new Row(new ClientSummary(c.Id, c.FullName, c.BirthYear, c.DateOfBirth, c.Sex, Masking.Mask(c.NationalId), Masking.Mask(c.Phone),
                    c.PatientId, c.CommuneWard, Vulnerabilities.Split(c.Vulnerabilities)), db.Cases.Any(k => k.ClientId == c.Id && k.IsSensitive))),
        query => EF.CompileAsyncQuery(query));

    private static readonly CompiledPerVisibility<Func<AppDbContext, bool, bool, Guid, string, string, int, int, IQueryable<Row>>, Func<AppDbContext, Guid, string, string, int, int, IQueryable<Row>>, Func<AppDbContext, Guid, string, string, int, int, IAsyncEnumerable<Row>>> LaterPartsPage = new(
        (db, supervise, readFacility, me, low, high, skip, take) =>
            (from k in db.ClientNameKeys.AsNoTracking()
             where string.Compare(k.Key, low) >= 0 && string.Compare(k.Key, high) < 0
             join c in db.Clients.AsNoTracking()
                 .Where(cl => supervise || !db.Cases.Any(c => c.ClientId == cl.Id && c.IsSensitive)
                     || db.Cases.Any(c => c.ClientId == cl.Id && (c.AssignedWorkerId == me || (readFacility && !c.IsSensitive))))
                 .Where(c => c.MergedIntoId == null && c.RestrictedSince == null) on k.ClientId equals c.Id
             where !(string.Compare(c.SearchName, low) >= 0 && string.Compare(c.SearchName, high) < 0)
             orderby k.Key, k.ClientId
             select c).Skip(skip).Take(take)
                .Select(c => new Row(new ClientSummary(c.Id, c.FullName, c.BirthYear, c.DateOfBirth, c.Sex, Masking.Mask(c.NationalId), Masking.Mask(c.Phone),
                    c.PatientId, c.CommuneWard, Vulnerabilities.Split(c.Vulnerabilities)), db.Cases.Any(k => k.ClientId == c.Id && k.IsSensitive))),
        query => EF.CompileAsyncQuery(query));
#pragma warning restore CA1309
}
