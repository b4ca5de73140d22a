using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Reports;

namespace SocialWorkCloud.Application.Features.Reports;

public sealed record ReportDeadlineDto(ReportPeriodKind Kind, int Year, int Number, DateOnly DueOn);

/// <summary>The province's own due date for a period, replacing the default (15 days after the period ends).</summary>
[RequiresPermission(Permissions.ReportsReview)]
public sealed record SetReportDeadline([property: JsonIgnore] Guid ProvinceId, ReportPeriodKind Kind, int Year, int Number, DateOnly DueOn)
    : ICommand<ReportDeadlineDto>;

public sealed class SetReportDeadlineValidator : AbstractValidator<SetReportDeadline>
{
    public SetReportDeadlineValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        // Outer bounds (the document states them); the period's own check below decides the number for its kind.
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.Number).InclusiveBetween(1, 12);
        RuleFor(x => x.Number).Must((x, _) => new ReportPeriod(x.Kind, x.Year, x.Number).IsValid)
            .WithText("report-period-invalid");
        RuleFor(x => x.DueOn).Must((x, due) => !new ReportPeriod(x.Kind, x.Year, x.Number).IsValid || due > new ReportPeriod(x.Kind, x.Year, x.Number).Start)
            .WithText("report-due-before-start");
    }
}

public sealed class SetReportDeadlineHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IOutbox outbox) : ICommandHandler<SetReportDeadline, ReportDeadlineDto>
{
    public async ValueTask<ReportDeadlineDto> Handle(SetReportDeadline command, CancellationToken cancellationToken)
    {
        if (!await db.Provinces.ReadableForAggregates(user).AnyAsync(p => p.Id == command.ProvinceId, cancellationToken))
            throw new NotFoundException("Province", command.ProvinceId);
        var deadline = await db.ReportDeadlines.SingleOrDefaultAsync(d => d.ProvinceId == command.ProvinceId && d.Kind == command.Kind
            && d.Year == command.Year && d.Number == command.Number, cancellationToken);
        if (deadline is null)
        {
            deadline = new ReportDeadline { Id = Guid.NewGuid(), ProvinceId = command.ProvinceId, Kind = command.Kind, Year = command.Year, Number = command.Number };
            db.ReportDeadlines.Add(deadline);
        }
        deadline.DueOn = command.DueOn;
        // An ended period's due date moved: each facility of the province sees the (new) deadline now if it is near or past.
        if (new ReportPeriod(command.Kind, command.Year, command.Number).End < VietnamClock.Today(clock)
            && DeadlinesChanged.InWindow(command.DueOn, clock, DeadlineJobs.DueSoonDays))
        {
            outbox.Publish(new DeadlinesChanged(null, command.ProvinceId, DeadlineScope.Reports));
        }
        await db.SaveChangesAsync(cancellationToken);
        return new ReportDeadlineDto(deadline.Kind, deadline.Year, deadline.Number, deadline.DueOn);
    }
}
