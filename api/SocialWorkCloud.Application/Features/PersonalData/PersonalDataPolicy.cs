using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Consents;

namespace SocialWorkCloud.Application.Features.PersonalData;

/// <summary>
/// The one gate every command passes before it newly processes a client's personal data (Law 91/2025):
/// a restricted client is read-only, and a purpose whose consent was withdrawn is refused unless the unit
/// head recorded the legal ground (<see cref="ConsentRules"/>). Handlers call it; the rules live here and on the domain.
/// </summary>
public static class PersonalDataPolicy
{
    /// <summary>Refuses (422) when the client is restricted or the purpose's consent was withdrawn without a recorded legal ground.</summary>
    public static async Task EnsureMayProcessAsync(this AppDbContext db, Guid clientId, ConsentPurpose purpose, CancellationToken ct)
    {
        await db.EnsureClientWritableAsync(clientId, ct);
        var consents = await db.ConsentRecords.AsNoTracking().Where(c => c.ClientId == clientId && c.Purpose == purpose).ToListAsync(ct);
        ConsentRules.EnsureMayProcess(consents, purpose);
    }

    /// <summary>Refuses (422 client-restricted) a write to a client whose processing is restricted.</summary>
    public static async Task EnsureClientWritableAsync(this AppDbContext db, Guid clientId, CancellationToken ct)
    {
        var restricted = await db.Clients.Where(c => c.Id == clientId).Select(c => (bool?)(c.RestrictedSince != null)).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("Client", clientId);
        if (restricted) throw new Domain.Common.DomainRuleException("client-restricted");
    }
}
