using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Auditing;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Application.Features.Cases;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Clients;

/// <summary>
/// Registers a client. Likely duplicates (same national ID, insurance number or patient ID; or the
/// same name ignoring diacritics and case with the same birth year) answer 409 with the matches,
/// unless the caller saw them and chose to create anyway (recorded on the client and in the audit log).
/// </summary>
[RequiresPermission(Permissions.ClientsWrite)]
public sealed record CreateClient(
    string FullName, DateOnly? DateOfBirth, int? BirthYear, Sex Sex, string? NationalId, string? InsuranceNumber, string? PatientId,
    string? Province, string? CommuneWard, string? AddressDetail, string? Phone, string? GuardianContact, string? HouseholdSituation,
    IReadOnlyList<Vulnerability>? Vulnerabilities, bool CreateAnyway = false, string? CommuneCode = null) : ICommand<ClientDetail>, IClientFields;

public sealed class CreateClientValidator : AbstractValidator<CreateClient>
{
    public CreateClientValidator(TimeProvider clock) => Include(new ClientFieldsValidator(clock));
}

public sealed class CreateClientHandler(AppDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateClient, ClientDetail>
{
    public async ValueTask<ClientDetail> Handle(CreateClient command, CancellationToken cancellationToken)
    {
        var client = new Client(command.FullName);
        command.ApplyTo(client);
        await ClientFieldsExtensions.PlaceAsync(db, client, command.CommuneCode, cancellationToken);
        var matches = await ClientDuplicates.FindAsync(db, user, client, cancellationToken);
        ClientDuplicates.RefuseSameIdentifier(matches);
        if (matches.Count > 0 && !command.CreateAnyway)
        {
            throw new ConflictException(
                "client-likely-duplicate",
                new Dictionary<string, object?> { ["matches"] = matches });
        }

        client.Id = Guid.NewGuid();
        // Whole microseconds, what PostgreSQL keeps: the 201 answer (built from this object) then says what a read says.
        var now = clock.GetUtcNow();
        client.CreatedAt = now.AddTicks(-(now.Ticks % 10));
        client.CreatedBy = user.UserId;
        client.CreatedDespiteMatches = matches.Count > 0;
        // A new row and its search keys, inserted past the change tracker in one round trip (issue 19: SaveChanges of a client was
        // most of a registration's allocations), as the client import does; MultiRowInsert stamps the tenant and the version.
        foreach (var key in client.NameKeys) key.ClientId = client.Id;
        await MultiRowInsert.InsertAsync(db, client, client.NameKeys, cancellationToken);
        if (client.CreatedDespiteMatches)
        {
            db.Audit(user, clock, "client.create-despite-matches", nameof(Client), client.Id,
                "Matches: " + string.Join(", ", matches.Select(m => m.Id)));
        }
        // The answer is the new client's page, built from what is saved (no case or consent can exist yet); the audit entries
        // (a creation past likely duplicates, the view of its identifiers) are saved after the insert, in the same transaction.
        var full = user.HasPermission(Permissions.ClientsReadIdentifiers);
        if (full && (client.NationalId ?? client.Phone ?? client.InsuranceNumber) is not null)
        {
            db.Audit(user, clock, "client.view-identifiers", nameof(Client), client.Id);
        }
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(cancellationToken);
        return GetClientHandler.ToDetail(client, full, [], []);
    }
}

/// <summary>Likely duplicates of a client: the same national ID, insurance number or patient ID, or the same folded name and birth year.</summary>
public static class ClientDuplicates
{
    /// <remarks>
    /// A match confidential to the caller (a client of a sensitive case they may not see) is still reported, so no
    /// duplicate record is made, but as "a confidential client" without id, name or identifiers: the unit head resolves it.
    /// </remarks>
    public static async Task<List<ClientMatch>> FindAsync(AppDbContext db, ICurrentUser user, Client candidate, CancellationToken ct)
    {
        var rows = new List<Candidate>();
        await foreach (var row in Likely.For(db)(db, candidate.Id, candidate.NationalId, candidate.InsuranceNumber, candidate.PatientId, candidate.SearchName,
                           candidate.BirthYear).WithCancellation(ct))
        {
            rows.Add(row);
        }
        var confidential = await db.ConfidentialClientsAsync(user, rows.Select(c => c.Id), ct);
        return rows.Select(c => confidential.Contains(c.Id)
            ? new ClientMatch(Guid.Empty, TextCatalog.Get("client.confidential"), null, null, null, MatchedOn(c, candidate))
            : new ClientMatch(c.Id, c.FullName, c.BirthYear, Masking.Mask(c.NationalId), c.PatientId, MatchedOn(c, candidate))).ToList();
    }

    /// <summary>The columns a match is judged and shown by.</summary>
    private sealed record Candidate(Guid Id, string FullName, string SearchName, int? BirthYear, string? NationalId, string? InsuranceNumber, string? PatientId);

    // Compiled (issue 19: every registration asks it): no expression tree built and looked up per request, and only the
    // columns above read rather than whole clients.
    private static readonly CompiledPerModel<Func<AppDbContext, Guid, string?, string?, string?, string, int?, IAsyncEnumerable<Candidate>>> Likely = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, Guid id, string? nationalId, string? insuranceNumber, string? patientId, string searchName, int? birthYear) =>
            db.Clients.AsNoTracking()
                .Where(c => c.MergedIntoId == null && c.Id != id)
                .Where(c => (nationalId != null && c.NationalId == nationalId)
                    || (insuranceNumber != null && c.InsuranceNumber == insuranceNumber)
                    || (patientId != null && c.PatientId == patientId)
                    || (birthYear != null && c.SearchName == searchName && c.BirthYear == birthYear))
                .OrderBy(c => c.SearchName).Take(10)
                .Select(c => new Candidate(c.Id, c.FullName, c.SearchName, c.BirthYear, c.NationalId, c.InsuranceNumber, c.PatientId))));

    /// <summary>
    /// The same national ID, insurance number or patient ID is the same person: a hard stop (409
    /// client-same-identifier with those matches), never "create anyway" — the worker opens the existing
    /// client. Only a likeness of name and birth year is a warning the worker may override.
    /// </summary>
    public static void RefuseSameIdentifier(IReadOnlyList<ClientMatch> matches)
    {
        var same = matches.Where(m => m.MatchedOn.Any(reason => reason is "nationalId" or "insuranceNumber" or "patientId")).ToList();
        if (same.Count > 0)
        {
            throw new ConflictException("client-same-identifier", new Dictionary<string, object?> { ["matches"] = same });
        }
    }

    private static List<string> MatchedOn(Candidate c, Client candidate)
    {
        var reasons = new List<string>();
        if (candidate.NationalId is not null && c.NationalId == candidate.NationalId) reasons.Add("nationalId");
        if (candidate.InsuranceNumber is not null && c.InsuranceNumber == candidate.InsuranceNumber) reasons.Add("insuranceNumber");
        if (candidate.PatientId is not null && c.PatientId == candidate.PatientId) reasons.Add("patientId");
        if (c.SearchName == candidate.SearchName && c.BirthYear == candidate.BirthYear) reasons.Add("nameAndBirthYear");
        return reasons;
    }
}
