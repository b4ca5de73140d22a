using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Counselling;

/// <summary>The facility's counselling sessions, latest first; one client's when named. Sessions on a case the caller may not see are left out.</summary>
[RequiresPermission(Permissions.ClientsRead)]
public sealed record ListCounsellingSessions(Guid? ClientId, DateOnly? From = null, DateOnly? To = null) : IQuery<IReadOnlyList<CounsellingSessionDto>>;

public sealed class ListCounsellingSessionsValidator : AbstractValidator<ListCounsellingSessions>
{
    public ListCounsellingSessionsValidator() =>
        RuleFor(x => x.To).Must((query, to) => to >= query.From).When(x => x.From is not null && x.To is not null)
            .WithText("counselling-period-invalid");
}

public sealed class ListCounsellingSessionsHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListCounsellingSessions, IReadOnlyList<CounsellingSessionDto>>
{
    public async ValueTask<IReadOnlyList<CounsellingSessionDto>> Handle(ListCounsellingSessions query, CancellationToken cancellationToken)
    {
        // A sensitive case's sessions reach only its assigned worker and the unit head (the cases they may see), and each such read is audited.
        var visibleCases = Cases.CaseAccess.VisibleTo(db.Cases, user).Select(c => c.Id);
        var sessions = await CounsellingQueries.ListAsync(db,
            s => (query.ClientId == null || s.ClientId == query.ClientId) && (s.CaseId == null || visibleCases.Contains(s.CaseId.Value))
                && (query.From == null || s.HeldOn >= query.From) && (query.To == null || s.HeldOn <= query.To),
            cancellationToken);
        await Cases.CaseAccess.AuditSensitiveReadsAsync(db, user, clock, "counselling.list", sessions.Where(s => s.CaseId != null).Select(s => s.CaseId!.Value), cancellationToken);
        return sessions;
    }
}
