using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Commendations;

namespace SocialWorkCloud.Application.Features.Commendations;

/// <summary>The unit head submits a draft nomination to the Health Department; from then on it no longer changes.</summary>
[RequiresPermission(Permissions.CommendationsNominate)]
public sealed record SubmitNomination([property: JsonIgnore] Guid NominationId, Guid Version) : ICommand<NominationDto>;

public sealed class SubmitNominationValidator : AbstractValidator<SubmitNomination>
{
    public SubmitNominationValidator() => RuleFor(x => x.Version).NotEmpty();
}

public sealed class SubmitNominationHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<SubmitNomination, NominationDto>
{
    public async ValueTask<NominationDto> Handle(SubmitNomination command, CancellationToken cancellationToken)
    {
        var nomination = await db.Nominations.SingleOrDefaultAsync(n => n.Id == command.NominationId, cancellationToken)
            ?? throw new NotFoundException("Nomination", command.NominationId);
        db.Entry(nomination).Property(n => n.Version).OriginalValue = command.Version;
        nomination.Submit(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return (await CommendationScope.ProjectAsync(db, db.Nominations.AsNoTracking().Where(n => n.Id == nomination.Id), cancellationToken)).Single();
    }
}
