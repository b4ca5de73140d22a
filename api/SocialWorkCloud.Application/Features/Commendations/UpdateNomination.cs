using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Commendations;

namespace SocialWorkCloud.Application.Features.Commendations;

/// <summary>The unit head edits a draft nomination; a submitted one no longer changes (422), a stale version is 409.</summary>
[RequiresPermission(Permissions.CommendationsNominate)]
public sealed record UpdateNomination(
    [property: JsonIgnore] Guid NominationId, Guid Version, int Year, NomineeKind NomineeKind, AwardKind AwardKind, string Achievements,
    string? NomineeName = null, string? NomineeTitle = null, Guid? StaffMemberId = null, string? AwardText = null)
    : ICommand<NominationDto>, INominationFields;

public sealed class UpdateNominationValidator : AbstractValidator<UpdateNomination>
{
    public UpdateNominationValidator(TimeProvider clock)
    {
        RuleFor(x => x.Version).NotEmpty();
        this.AddNominationRules(clock);
    }
}

public sealed class UpdateNominationHandler(AppDbContext db) : ICommandHandler<UpdateNomination, NominationDto>
{
    public async ValueTask<NominationDto> Handle(UpdateNomination command, CancellationToken cancellationToken)
    {
        var nomination = await db.Nominations.SingleOrDefaultAsync(n => n.Id == command.NominationId, cancellationToken)
            ?? throw new NotFoundException("Nomination", command.NominationId);
        db.Entry(nomination).Property(n => n.Version).OriginalValue = command.Version;
        nomination.Revise(await command.ToDetailsAsync(db, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return (await CommendationScope.ProjectAsync(db, db.Nominations.AsNoTracking().Where(n => n.Id == nomination.Id), cancellationToken)).Single();
    }
}
