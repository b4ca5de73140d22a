using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Auditing;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Cases;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Clients;

namespace SocialWorkCloud.Application.Features.Clients;

/// <summary>
/// The client's own page. Callers allowed to see identifiers get them in full and the view is audited;
/// others see them masked. Cases listed are those the caller may see.
/// </summary>
[RequiresPermission(Permissions.ClientsRead)]
public sealed record GetClient(Guid ClientId) : IQuery<ClientDetail>;

public sealed class GetClientHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetClient, ClientDetail>
{
    public async ValueTask<ClientDetail> Handle(GetClient query, CancellationToken cancellationToken)
    {
        var c = await db.ClientsVisibleTo(user).AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.ClientId, cancellationToken)
            ?? throw new NotFoundException("Client", query.ClientId);
        if (c.IsRestricted)
        {
            // Restricted at the data subject's request: only the unit head reaches it, by id, and each view is audited.
            if (!user.HasPermission(Permissions.PersonalDataManage)) throw new NotFoundException("Client", query.ClientId);
            db.Audit(user, clock, "client.view-restricted", nameof(Client), c.Id);
        }
        var cases = await db.Cases.AsNoTracking().VisibleTo(user).Where(x => x.ClientId == c.Id)
            .OrderByDescending(x => x.OpenedOn)
            .Select(x => new ClientCaseSummary(x.Id, x.Stage, x.OpenedOn, x.ClosedOn, x.IsSensitive, x.CaseNumber))
            .ToListAsync(cancellationToken);

        // The page names a client of a sensitive case the caller may see: that read is the case's, audited.
        foreach (var sensitive in cases.Where(x => x.IsSensitive)) db.Audit(user, clock, "client.view", "Case", sensitive.Id);
        var today = VietnamClock.Today(clock);
        var consents = (await db.ConsentRecords.AsNoTracking().Where(x => x.ClientId == c.Id).OrderBy(x => x.GivenOn).ToListAsync(cancellationToken))
            .Select(x => Consents.ConsentMapping.ToDto(x, today)).ToList();

        var full = user.HasPermission(Permissions.ClientsReadIdentifiers);
        if (full && (c.NationalId ?? c.Phone ?? c.InsuranceNumber) is not null)
            db.Audit(user, clock, "client.view-identifiers", nameof(Client), c.Id);
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(cancellationToken);
        return ToDetail(c, full, cases, consents);
    }

    /// <summary>The page of a client as read (or just registered); identifiers in full only when <paramref name="full"/>.</summary>
    internal static ClientDetail ToDetail(Client c, bool full, IReadOnlyList<ClientCaseSummary> cases, IReadOnlyList<Consents.ConsentDto> consents) =>
        new(
            c.Id, c.FullName, c.DateOfBirth, c.BirthYear, c.Sex,
            full ? c.NationalId : Masking.Mask(c.NationalId), full ? c.InsuranceNumber : Masking.Mask(c.InsuranceNumber),
            c.PatientId, c.Province, c.CommuneWard, c.AddressDetail, full ? c.Phone : Masking.Mask(c.Phone), c.GuardianContact,
            c.HouseholdSituation, Vulnerabilities.Split(c.Vulnerabilities), full, c.CreatedDespiteMatches, c.MergedIntoId, c.CreatedAt,
            c.Version, cases, consents, c.CommuneCode, c.RestrictedSince, c.PseudonymisedAt);
}
