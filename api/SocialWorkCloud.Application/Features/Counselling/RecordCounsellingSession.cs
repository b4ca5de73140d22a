using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Cases;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Features.PersonalData;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Consents;
using SocialWorkCloud.Domain.Counselling;

namespace SocialWorkCloud.Application.Features.Counselling;

public sealed record CounsellingSessionDto(
    Guid Id, Guid ClientId, string ClientName, Guid? CaseId, bool WithRelative, string? RelativeName, DateOnly HeldOn, int DurationMinutes,
    string Topic, Guid CounsellorId, string? CounsellorName, int? DistressBefore, int? DistressAfter, string? Notes = null,
    DateOnly? NextAppointmentOn = null);

/// <summary>
/// Logs a counselling session with the client or a relative, on a case if there is one; distress 0–10 before and after; notes and
/// the next appointment (on a case, the appointment becomes a follow-up task for the counsellor). A collaborator logs only sessions
/// they held, on a case assigned to them.
/// </summary>
[RequiresPermission(Permissions.CounsellingRecord)]
public sealed record RecordCounsellingSession(
    Guid ClientId, Guid? CaseId, bool WithRelative, string? RelativeName, DateOnly HeldOn, int DurationMinutes, string Topic, Guid? CounsellorId,
    int? DistressBefore, int? DistressAfter, string? Notes = null, DateOnly? NextAppointmentOn = null) : ICommand<CounsellingSessionDto>;

public sealed class RecordCounsellingSessionValidator : AbstractValidator<RecordCounsellingSession>
{
    public RecordCounsellingSessionValidator(TimeProvider clock)
    {
        RuleFor(x => x.ClientId).NotEmpty();
        RuleFor(x => x.RelativeName).NotEmpty().When(x => x.WithRelative).WithText("counselling-relative-required");
        RuleFor(x => x.RelativeName).MaximumLength(200);
        RuleFor(x => x.HeldOn).Must(d => d.Year >= 2000 && d <= VietnamClock.Today(clock))
            .WithText("session-date-future");
        RuleFor(x => x.DurationMinutes).InclusiveBetween(1, 600);
        RuleFor(x => x.Topic).NotEmpty().MaximumLength(500);
        RuleFor(x => x.DistressBefore).InclusiveBetween(0, 10).When(x => x.DistressBefore is not null);
        RuleFor(x => x.DistressAfter).InclusiveBetween(0, 10).When(x => x.DistressAfter is not null);
        RuleFor(x => x.Notes).MaximumLength(4000);
        RuleFor(x => x.NextAppointmentOn).Must((x, next) => next is null || (next > x.HeldOn && next <= x.HeldOn.AddYears(1)))
            .WithText("next-appointment-after-session");
    }
}

public sealed class RecordCounsellingSessionHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IOutbox outbox) : ICommandHandler<RecordCounsellingSession, CounsellingSessionDto>
{
    public async ValueTask<CounsellingSessionDto> Handle(RecordCounsellingSession command, CancellationToken cancellationToken)
    {
        // A collaborator works only their assigned cases (LoadAsync finds no other), and logs their own sessions.
        var collaborator = !user.HasPermission(Permissions.ClientsWrite);
        if (collaborator && command.CaseId is null) throw new BusinessRuleException("counselling-case-required");
        if (collaborator && command.CounsellorId is { } other && other != user.UserId) throw new ForbiddenException("counselling-counsellor-self");
        var clientName = await db.Clients.Where(c => c.Id == command.ClientId).Select(c => c.FullName).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Client", command.ClientId);
        await db.EnsureMayProcessAsync(command.ClientId, ConsentPurpose.PersonalDataProcessing, cancellationToken);
        Case? @case = null;
        if (command.CaseId is { } caseId)
        {
            @case = await db.LoadAsync(user, clock, caseId, "case.counselling", cancellationToken);
            if (@case.ClientId != command.ClientId)
                throw new BusinessRuleException("case-of-another-client");
        }
        var counsellor = command.CounsellorId ?? user.UserId ?? Guid.Empty;
        await db.RequireStaffAsync(user, counsellor, cancellationToken);
        var session = new CounsellingSession
        {
            Id = Guid.NewGuid(), ClientId = command.ClientId, CaseId = command.CaseId, WithRelative = command.WithRelative,
            RelativeName = command.WithRelative ? command.RelativeName?.Trim() : null, HeldOn = command.HeldOn, DurationMinutes = command.DurationMinutes,
            Topic = command.Topic.Trim(), CounsellorId = counsellor, DistressBefore = command.DistressBefore, DistressAfter = command.DistressAfter,
            Notes = string.IsNullOrWhiteSpace(command.Notes) ? null : command.Notes.Trim(), NextAppointmentOn = command.NextAppointmentOn,
            RecordedAt = clock.GetUtcNow(),
        };
        db.CounsellingSessions.Add(session);
        if (@case is not null && command.NextAppointmentOn is { } next && !@case.IsClosed)
        {
            // The appointment lands in the counsellor's follow-ups on the case (overdue when missed), not only in the session's notes.
            var title = TextCatalog.Find("counselling-next-task", TextCatalog.Vietnamese, session.Topic) ?? session.Topic;
            db.FollowUpTasks.Add(new FollowUpTask
            {
                Id = Guid.NewGuid(), CaseId = @case.Id, Title = title.Length > 500 ? title[..500] : title, DueOn = next, AssigneeId = counsellor,
                CreatedAt = clock.GetUtcNow(),
            });
            DeadlinesChanged.Publish(outbox, @case.FacilityId, DeadlineScope.Tasks, DeadlinesChanged.InWindow(next, clock, 0));
        }
        await db.SaveChangesAsync(cancellationToken);
        return (await CounsellingQueries.ListAsync(db, s => s.Id == session.Id, cancellationToken)).Single();
    }
}

public static class CounsellingQueries
{
    public static Task<List<CounsellingSessionDto>> ListAsync(AppDbContext db, System.Linq.Expressions.Expression<Func<CounsellingSession, bool>> filter, CancellationToken ct) =>
        (from s in db.CounsellingSessions.AsNoTracking().Where(filter)
         join c in db.Clients on s.ClientId equals c.Id
         where c.RestrictedSince == null
         orderby s.HeldOn descending, s.RecordedAt descending
         select new CounsellingSessionDto(s.Id, s.ClientId, c.FullName, s.CaseId, s.WithRelative, s.RelativeName, s.HeldOn, s.DurationMinutes, s.Topic,
             s.CounsellorId, db.Users.Where(u => u.Id == s.CounsellorId).Select(u => u.FullName).FirstOrDefault(), s.DistressBefore, s.DistressAfter,
             s.Notes, s.NextAppointmentOn))
        .Take(500).ToListAsync(ct);
}
