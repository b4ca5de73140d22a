using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Clients;

public static class ClientSearch
{
    /// <summary>
    /// Clients whose full name (family name first) or given name starts with the folded term, or whose
    /// national ID, insurance number, patient ID or phone equals it. Each branch is a seek on a
    /// (FacilityId, key) index: name prefixes are ranges [term, term + 1) rather than LIKE, which
    /// neither SQLite (case-insensitive LIKE) nor a non-C collation would serve from the index.
    /// </summary>
    public static IQueryable<Client> Matching(this IQueryable<Client> clients, string? search)
    {
        var folded = VietnameseText.Fold(search);
        if (folded.Length == 0) return clients;
        var upper = folded[..^1] + (char)(folded[^1] + 1);
        var identifier = search!.Trim().Replace(" ", string.Empty);
        var insurance = identifier.ToUpperInvariant();
        return clients.Where(c =>
            (string.Compare(c.SearchName, folded) >= 0 && string.Compare(c.SearchName, upper) < 0)
            || (string.Compare(c.SearchGivenName, folded) >= 0 && string.Compare(c.SearchGivenName, upper) < 0)
            || c.NationalId == identifier || c.PatientId == identifier || c.InsuranceNumber == insurance || c.Phone == identifier);
    }
}
