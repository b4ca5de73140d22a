using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Supervision;

namespace SocialWorkCloud.Application.Features.Supervision;

/// <summary>
/// The province officer records the visit: the date it took place, the scope, the team and the findings.
/// A date of conduct makes the visit "conducted"; a closed visit no longer changes.
/// </summary>
[RequiresPermission(Permissions.SupervisionManage)]
public sealed record UpdateSupervisionVisit(
    [property: JsonIgnore] Guid VisitId, Guid Version, DateOnly PlannedOn, string Scope, IReadOnlyList<TeamMember> Team, DateOnly? ConductedOn = null,
    string? Findings = null) : ICommand<VisitDto>, IVisitFields;

public sealed class UpdateSupervisionVisitValidator : AbstractValidator<UpdateSupervisionVisit>
{
    public UpdateSupervisionVisitValidator(TimeProvider clock)
    {
        RuleFor(x => x.Version).NotEmpty();
        this.AddVisitRules();
        RuleFor(x => x.ConductedOn).MustBeAnActivityDate()
            .Must(d => d is null || d <= VietnamClock.Today(clock))
            .WithText("visit-in-future");
        RuleFor(x => x.Findings).MaximumLength(8000);
    }
}

public sealed class UpdateSupervisionVisitHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<UpdateSupervisionVisit, VisitDto>
{
    public async ValueTask<VisitDto> Handle(UpdateSupervisionVisit command, CancellationToken cancellationToken)
    {
        var visit = await SupervisionScope.ManagedVisitAsync(db, user, command.VisitId, cancellationToken);
        db.Entry(visit).Property(v => v.Version).OriginalValue = command.Version;
        visit.Record(command.PlannedOn, command.Scope, command.Team.ToTeam(), command.ConductedOn, command.Findings);
        await db.SaveChangesAsync(cancellationToken);
        return await GetSupervisionVisitHandler.ReadAsync(db, user, clock, visit.Id, cancellationToken);
    }
}
