using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Commendations;

namespace SocialWorkCloud.Application.Features.Commendations;

/// <summary>The unit head drafts a nomination of the unit or a person for a year's commendation.</summary>
[RequiresPermission(Permissions.CommendationsNominate)]
public sealed record CreateNomination(
    int Year, NomineeKind NomineeKind, AwardKind AwardKind, string Achievements, string? NomineeName = null, string? NomineeTitle = null,
    Guid? StaffMemberId = null, string? AwardText = null) : ICommand<NominationDto>, INominationFields;

public sealed class CreateNominationValidator : AbstractValidator<CreateNomination>
{
    public CreateNominationValidator(TimeProvider clock) => this.AddNominationRules(clock);
}

public sealed class CreateNominationHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<CreateNomination, NominationDto>
{
    public async ValueTask<NominationDto> Handle(CreateNomination command, CancellationToken cancellationToken)
    {
        var nomination = Nomination.Draft(Guid.NewGuid(), await command.ToDetailsAsync(db, cancellationToken), clock.GetUtcNow());
        db.Nominations.Add(nomination);
        await db.SaveChangesAsync(cancellationToken);
        return (await CommendationScope.ProjectAsync(db, db.Nominations.AsNoTracking().Where(n => n.Id == nomination.Id), cancellationToken)).Single();
    }
}
