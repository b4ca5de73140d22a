using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Auditing;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.PersonalData;

namespace SocialWorkCloud.Application.Features.PersonalData;

/// <summary>What the unit head did to a client's record at the data subject's request.</summary>
public sealed record ClientDataRightsResult(Guid ClientId, string FullName, DateTimeOffset? RestrictedSince, DateTimeOffset? PseudonymisedAt, bool Erased);

/// <summary>Restricts processing: the record becomes read-only and leaves every list and search (audited).</summary>
[RequiresPermission(Permissions.PersonalDataManage)]
public sealed record RestrictClient(Guid ClientId) : ICommand<ClientDataRightsResult>;

public sealed class RestrictClientHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RestrictClient, ClientDataRightsResult>
{
    public async ValueTask<ClientDataRightsResult> Handle(RestrictClient command, CancellationToken cancellationToken)
    {
        var client = await db.Clients.SingleOrDefaultAsync(c => c.Id == command.ClientId, cancellationToken)
            ?? throw new NotFoundException("Client", command.ClientId);
        client.Restrict(clock.GetUtcNow());
        db.Audit(user, clock, "client.restrict", nameof(Client), client.Id);
        await db.SaveChangesAsync(cancellationToken);
        return ClientDataRights.Result(client);
    }
}

/// <summary>Lifts the restriction: the record is writable and listed again (audited).</summary>
[RequiresPermission(Permissions.PersonalDataManage)]
public sealed record LiftClientRestriction(Guid ClientId) : ICommand<ClientDataRightsResult>;

public sealed class LiftClientRestrictionHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<LiftClientRestriction, ClientDataRightsResult>
{
    public async ValueTask<ClientDataRightsResult> Handle(LiftClientRestriction command, CancellationToken cancellationToken)
    {
        var client = await db.Clients.SingleOrDefaultAsync(c => c.Id == command.ClientId, cancellationToken)
            ?? throw new NotFoundException("Client", command.ClientId);
        client.LiftRestriction();
        db.Audit(user, clock, "client.lift-restriction", nameof(Client), client.Id);
        await db.SaveChangesAsync(cancellationToken);
        return ClientDataRights.Result(client);
    }
}

/// <summary>
/// Replaces the client's identifiers (name, CCCD, insurance, patient number, phone, address, guardian contact) and
/// clears the old search keys; cases, sessions, services and ledger lines stay with their figures (audited).
/// </summary>
[RequiresPermission(Permissions.PersonalDataManage)]
public sealed record PseudonymiseClient(Guid ClientId) : ICommand<ClientDataRightsResult>;

public sealed class PseudonymiseClientHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<PseudonymiseClient, ClientDataRightsResult>
{
    public async ValueTask<ClientDataRightsResult> Handle(PseudonymiseClient command, CancellationToken cancellationToken)
    {
        var client = await db.Clients.Include(c => c.NameKeys).SingleOrDefaultAsync(c => c.Id == command.ClientId, cancellationToken)
            ?? throw new NotFoundException("Client", command.ClientId);
        // The label is derived from the id, not the person: the same on every screen, meaningless outside the system.
        client.Pseudonymise(ClientDataRights.PseudonymLabel(client.Id), clock.GetUtcNow());
        db.Audit(user, clock, "client.pseudonymise", nameof(Client), client.Id);
        await db.SaveChangesAsync(cancellationToken);
        return ClientDataRights.Result(client);
    }
}

/// <summary>
/// Deletes the client where no law requires keeping the records; refused (422, naming the kinds of record kept)
/// when cases, counselling sessions, services, referrals or ledger lines name the client — pseudonymise instead.
/// </summary>
[RequiresPermission(Permissions.PersonalDataManage)]
public sealed record EraseClient(Guid ClientId) : ICommand<ClientDataRightsResult>;

public sealed class EraseClientHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<EraseClient, ClientDataRightsResult>
{
    public async ValueTask<ClientDataRightsResult> Handle(EraseClient command, CancellationToken cancellationToken)
    {
        var client = await db.Clients.Include(c => c.NameKeys).SingleOrDefaultAsync(c => c.Id == command.ClientId, cancellationToken)
            ?? throw new NotFoundException("Client", command.ClientId);
        var id = client.Id;
        var kept = new List<string>();
        if (await db.Cases.AnyAsync(c => c.ClientId == id, cancellationToken)) kept.Add("cases");
        if (await db.CounsellingSessions.AnyAsync(s => s.ClientId == id, cancellationToken)) kept.Add("counselling-sessions");
        if (await db.ServicesDelivered.AnyAsync(s => s.ClientId == id, cancellationToken)) kept.Add("services");
        if (await db.Referrals.AnyAsync(r => r.ClientId == id, cancellationToken)) kept.Add("referrals");
        if (await db.LedgerEntries.AnyAsync(e => e.ClientId == id, cancellationToken)) kept.Add("ledger");
        if (await db.Clients.AnyAsync(c => c.MergedIntoId == id, cancellationToken)) kept.Add("merged-duplicates");
        if (kept.Count > 0) throw new BusinessRuleException("client-erasure-records-kept", string.Join(", ", kept));

        var name = client.FullName;
        await db.ConsentRecords.Where(c => c.ClientId == id).ExecuteDeleteAsync(cancellationToken);
        db.Clients.Remove(client);
        // The audit names the record only by id: the deleted person's name must not survive in the log.
        db.Audit(user, clock, "client.erase", nameof(Client), id);
        await db.SaveChangesAsync(cancellationToken);
        return new ClientDataRightsResult(id, name, null, null, true);
    }
}

public static class ClientDataRights
{
    public static string PseudonymLabel(Guid clientId) => "Ẩn danh " + clientId.ToString("N")[..8].ToUpperInvariant();

    public static ClientDataRightsResult Result(Client c) => new(c.Id, c.FullName, c.RestrictedSince, c.PseudonymisedAt, false);
}
