using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Clients;

/// <summary>
/// The desk search, each way an index seek on (FacilityId, key) that stays fast on a register of a
/// million clients: a term with digits is an identifier (national ID, insurance number, patient ID or
/// phone, exact); several words are the start of the full name, family name first ("nguyen van an");
/// one word is the start of the family name or of the given name ("nguyen", "an"). Name prefixes are
/// ranges [term, term + 1) rather than LIKE, which neither SQLite (case-insensitive LIKE) nor a non-C
/// collation serves from an index. ORs across columns are avoided: the planners answer them by scanning
/// the facility's rows. Counts stop at <see cref="CountCap"/>: counting the 380,000 "nguyen" of a
/// million-client register cost PostgreSQL 200 ms per keystroke, and nobody pages past a thousand
/// matches — the pager says "1.000+" and the worker types more of the name.
/// </summary>
public static class ClientSearch
{
    public const int CountCap = 1_000;

    public static async Task<(List<Client> Page, int Total, bool TotalIsLowerBound)> PageAsync(IQueryable<Client> clients, string? search, int page, int pageSize, CancellationToken ct)
    {
        clients = clients.Where(c => c.MergedIntoId == null);
        var skip = (page - 1) * pageSize;
        var folded = VietnameseText.Fold(search);
        if (folded.Length == 0) return await OrderedPageAsync(clients, skip, pageSize, ct);

        if (folded.Any(char.IsDigit))
        {
            var identifier = search!.Trim().Replace(" ", string.Empty).Replace(".", string.Empty);
            var insurance = identifier.ToUpperInvariant();
            var ids = clients.Where(c => c.NationalId == identifier).Select(c => c.Id)
                .Union(clients.Where(c => c.PatientId == identifier).Select(c => c.Id))
                .Union(clients.Where(c => c.InsuranceNumber == insurance).Select(c => c.Id))
                .Union(clients.Where(c => c.Phone == identifier).Select(c => c.Id));
            return await OrderedPageAsync(clients.Where(c => ids.Contains(c.Id)), skip, pageSize, ct);
        }

        var upper = folded[..^1] + (char)(folded[^1] + 1);
        // CA1309: these compares are translated to SQL range predicates (>=, <) that the column's index serves;
        // the database's collation orders them, not .NET, so a StringComparison argument would promise what SQL does not do.
#pragma warning disable CA1309
        var byFullName = clients.Where(c => string.Compare(c.SearchName, folded) >= 0 && string.Compare(c.SearchName, upper) < 0);
        if (folded.Contains(' ')) return await OrderedPageAsync(byFullName, skip, pageSize, ct);

        // One word: family-name matches first (by name), then given-name matches not already listed (by given name).
        var byGivenName = clients.Where(c => string.Compare(c.SearchGivenName, folded) >= 0 && string.Compare(c.SearchGivenName, upper) < 0
            && !(string.Compare(c.SearchName, folded) >= 0 && string.Compare(c.SearchName, upper) < 0));
#pragma warning restore CA1309
        var familyCount = await CappedCountAsync(byFullName, ct);
        var givenCount = familyCount > CountCap ? 0 : await CappedCountAsync(byGivenName, ct);
        // Past the cap the family-name matches are "at least a thousand": the page reads from them alone.
        var familyCapped = familyCount > CountCap;
        var rows = familyCapped || familyCount > skip
            ? await byFullName.OrderBy(c => c.SearchName).ThenBy(c => c.Id).Skip(skip).Take(pageSize).ToListAsync(ct)
            : [];
        if (!familyCapped && rows.Count < pageSize && givenCount > 0)
        {
            rows.AddRange(await byGivenName.OrderBy(c => c.SearchGivenName).ThenBy(c => c.Id)
                .Skip(Math.Max(0, skip - familyCount)).Take(pageSize - rows.Count).ToListAsync(ct));
        }
        return Capped(rows, familyCount + givenCount);
    }

    private static async Task<(List<Client> Page, int Total, bool TotalIsLowerBound)> OrderedPageAsync(IQueryable<Client> clients, int skip, int pageSize, CancellationToken ct) =>
        Capped(await clients.OrderBy(c => c.SearchName).ThenBy(c => c.Id).Skip(skip).Take(pageSize).ToListAsync(ct), await CappedCountAsync(clients, ct));

    /// <summary>Counts at most one past the cap, so the database stops reading the index there.</summary>
    private static Task<int> CappedCountAsync(IQueryable<Client> clients, CancellationToken ct) =>
        clients.Select(c => c.Id).Take(CountCap + 1).CountAsync(ct);

    private static (List<Client>, int, bool) Capped(List<Client> rows, int count) =>
        count > CountCap ? (rows, CountCap, true) : (rows, count, false);
}
