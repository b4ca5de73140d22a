using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Supervision;

namespace SocialWorkCloud.Application.Features.Supervision;

/// <summary>The province officer plans a visit to a facility of the province.</summary>
[RequiresPermission(Permissions.SupervisionManage)]
public sealed record PlanSupervisionVisit(Guid FacilityId, DateOnly PlannedOn, string Scope, IReadOnlyList<TeamMember> Team) : ICommand<VisitDto>, IVisitFields;

public sealed class PlanSupervisionVisitValidator : AbstractValidator<PlanSupervisionVisit>
{
    public PlanSupervisionVisitValidator()
    {
        RuleFor(x => x.FacilityId).NotEmpty();
        this.AddVisitRules();
    }
}

public sealed class PlanSupervisionVisitHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<PlanSupervisionVisit, VisitDto>
{
    public async ValueTask<VisitDto> Handle(PlanSupervisionVisit command, CancellationToken cancellationToken)
    {
        // Only a province officer plans, and only for a facility of the province.
        var provinceId = user.FacilityId is null ? user.ProvinceId : null;
        var facility = await db.Facilities.AsNoTracking().Where(f => f.Id == command.FacilityId && f.ProvinceId == provinceId)
            .Select(f => new { f.Id, f.ProvinceId }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Facility", command.FacilityId);
        var visit = SupervisionVisit.Plan(
            Guid.NewGuid(), facility.ProvinceId, facility.Id, command.PlannedOn, command.Scope, command.Team.ToTeam(), user.UserId, clock.GetUtcNow());
        db.SupervisionVisits.Add(visit);
        await db.SaveChangesAsync(cancellationToken);
        return await GetSupervisionVisitHandler.ReadAsync(db, user, clock, visit.Id, cancellationToken);
    }
}
