using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Auditing;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Clients;

namespace SocialWorkCloud.Application.Features.Clients;

/// <summary>
/// Merges a duplicate into the client kept: its cases, consents, counselling sessions, services and
/// referrals move over, missing identifiers and vulnerability categories are taken over, and the
/// duplicate stays (marked merged) so that nothing of its history is lost.
/// </summary>
[RequiresPermission(Permissions.ClientsMerge)]
public sealed record MergeClients([property: System.Text.Json.Serialization.JsonIgnore] Guid ClientId, Guid DuplicateId, Guid Version)
    : ICommand<ClientDetail>;

public sealed class MergeClientsValidator : AbstractValidator<MergeClients>
{
    public MergeClientsValidator()
    {
        RuleFor(x => x.DuplicateId).NotEmpty().NotEqual(x => x.ClientId)
            .WithText("merge-same-client");
        RuleFor(x => x.Version).NotEmpty();
    }
}

public sealed class MergeClientsHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IMediator mediator)
    : ICommandHandler<MergeClients, ClientDetail>
{
    public async ValueTask<ClientDetail> Handle(MergeClients command, CancellationToken cancellationToken)
    {
        var kept = await db.Clients.SingleOrDefaultAsync(c => c.Id == command.ClientId, cancellationToken)
            ?? throw new NotFoundException("Client", command.ClientId);
        var duplicate = await db.Clients.SingleOrDefaultAsync(c => c.Id == command.DuplicateId, cancellationToken)
            ?? throw new NotFoundException("Client", command.DuplicateId);
        kept.EnsureWritable();
        duplicate.EnsureWritable();
        if (kept.MergedIntoId is not null || duplicate.MergedIntoId is not null)
        {
            throw new BusinessRuleException("already-merged");
        }
        db.Entry(kept).Property(c => c.Version).OriginalValue = command.Version;

        kept.NationalId ??= duplicate.NationalId;
        kept.InsuranceNumber ??= duplicate.InsuranceNumber;
        kept.PatientId ??= duplicate.PatientId;
        kept.Phone ??= duplicate.Phone;
        kept.DateOfBirth ??= duplicate.DateOfBirth;
        kept.BirthYear ??= duplicate.BirthYear;
        kept.GuardianContact ??= duplicate.GuardianContact;
        kept.HouseholdSituation ??= duplicate.HouseholdSituation;
        kept.Vulnerabilities |= duplicate.Vulnerabilities;
        duplicate.MergedIntoId = kept.Id;

        var from = duplicate.Id;
        var to = kept.Id;
        await db.Cases.Where(c => c.ClientId == from).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClientId, to), cancellationToken);
        await db.ServicesDelivered.Where(c => c.ClientId == from).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClientId, to), cancellationToken);
        await db.ConsentRecords.Where(c => c.ClientId == from).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClientId, to), cancellationToken);
        await db.CounsellingSessions.Where(c => c.ClientId == from).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClientId, to), cancellationToken);
        await db.Referrals.Where(c => c.ClientId == from).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClientId, to), cancellationToken);
        db.Audit(user, clock, "client.merge", nameof(Client), kept.Id, $"Merged {duplicate.Id} into {kept.Id}");
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetClient(kept.Id), cancellationToken);
    }
}
