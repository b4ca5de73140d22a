using FluentValidation;
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
/// Corrects a client's record. Changing an identifier or the name to one another client already has
/// answers 409 with the matches, as at registration, unless the caller saw them and saves anyway.
/// Every edit is audited with the fields it changed; a merged duplicate is no longer edited.
/// </summary>
[RequiresPermission(Permissions.ClientsWrite)]
public sealed record UpdateClient(
    [property: System.Text.Json.Serialization.JsonIgnore] Guid ClientId,
    string FullName, DateOnly? DateOfBirth, int? BirthYear, Sex Sex, string? NationalId, string? InsuranceNumber, string? PatientId,
    string? Province, string? CommuneWard, string? AddressDetail, string? Phone, string? GuardianContact, string? HouseholdSituation,
    IReadOnlyList<Vulnerability>? Vulnerabilities, Guid Version, bool SaveAnyway = false, string? CommuneCode = null) : ICommand<ClientDetail>, IClientFields;

public sealed class UpdateClientValidator : AbstractValidator<UpdateClient>
{
    public UpdateClientValidator(TimeProvider clock)
    {
        Include(new ClientFieldsValidator(clock));
        RuleFor(x => x.Version).NotEmpty();
    }
}

public sealed class UpdateClientHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IMediator mediator)
    : ICommandHandler<UpdateClient, ClientDetail>
{
    public async ValueTask<ClientDetail> Handle(UpdateClient command, CancellationToken cancellationToken)
    {
        // An edit sends every field back: whoever cannot see the identifiers in full would overwrite them with masks.
        if (!user.HasPermission(Permissions.ClientsReadIdentifiers))
        {
            throw new ForbiddenException("client-edit-needs-identifiers");
        }
        var client = await db.ClientsVisibleTo(user).Include(c => c.NameKeys).SingleOrDefaultAsync(c => c.Id == command.ClientId, cancellationToken)
            ?? throw new NotFoundException("Client", command.ClientId);
        client.EnsureWritable();
        if (client.MergedIntoId is not null)
        {
            throw new BusinessRuleException("merged");
        }
        db.Entry(client).Property(c => c.Version).OriginalValue = command.Version;
        command.ApplyTo(client);
        await ClientFieldsExtensions.PlaceAsync(db, client, command.CommuneCode, cancellationToken);

        var changed = db.Entry(client).Properties.Where(p => p.IsModified && p.Metadata.Name is not nameof(Client.SearchName))
            .Select(p => p.Metadata.Name).ToList();
        if (changed.Count == 0) return await mediator.Send(new GetClient(client.Id), cancellationToken);

        var identityChanged = changed.Intersect([nameof(Client.FullName), nameof(Client.BirthYear), nameof(Client.NationalId), nameof(Client.InsuranceNumber), nameof(Client.PatientId)]).Any();
        if (identityChanged)
        {
            var matches = await ClientDuplicates.FindAsync(db, user, client, cancellationToken);
            ClientDuplicates.RefuseSameIdentifier(matches);
            if (matches.Count > 0 && !command.SaveAnyway)
            {
                throw new ConflictException(
                    "client-details-duplicate",
                    new Dictionary<string, object?> { ["matches"] = matches });
            }
        }
        // What changed is recorded, not the values: the audit log must not become a copy of the identifiers.
        db.Audit(user, clock, "client.update", nameof(Client), client.Id, string.Join(", ", changed));
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetClient(client.Id), cancellationToken);
    }
}
