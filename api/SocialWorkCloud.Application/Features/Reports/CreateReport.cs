using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Reports;

namespace SocialWorkCloud.Application.Features.Reports;

/// <summary>
/// Starts the facility's report for a period: a draft is created at once and its figures are generated
/// by a background job; the caller follows the returned run. One report per facility and period (409).
/// An ad-hoc report (kind AdHoc) takes <see cref="From"/>, <see cref="To"/> and <see cref="Subject"/> instead of
/// year and number (it is numbered within the year it starts in). A commune/ward station may address it to
/// its People's Committee as well (<see cref="AddressedToPeoplesCommittee"/>).
/// </summary>
[RequiresPermission(Permissions.ReportsPrepare)]
public sealed record CreateReport(
    ReportPeriodKind Kind, int Year, int Number, DateOnly? From = null, DateOnly? To = null, string? Subject = null,
    bool AddressedToPeoplesCommittee = false) : ICommand<ReportRunDto>;

public sealed class CreateReportValidator : AbstractValidator<CreateReport>
{
    public CreateReportValidator(TimeProvider clock)
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Subject).MaximumLength(500);
        When(x => x.Kind == ReportPeriodKind.AdHoc, () =>
        {
            RuleFor(x => x.From).NotNull();
            RuleFor(x => x.To).NotNull();
            RuleFor(x => x.Subject).NotEmpty();
            RuleFor(x => x.To).Must((x, to) => to >= x.From && to!.Value.DayNumber - x.From!.Value.DayNumber < PeriodicReport.AdHocMaxDays)
                .When(x => x.From is not null && x.To is not null).WithText("report-range-invalid", PeriodicReport.AdHocMaxDays);
            RuleFor(x => x.From).Must(from => from!.Value.Year >= 2000 && from.Value <= VietnamClock.Today(clock))
                .When(x => x.From is not null).WithText("report-period-not-started");
        }).Otherwise(() =>
        {
            RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
            RuleFor(x => x.Number).InclusiveBetween(1, 12);
            RuleFor(x => x.Number).Must((x, _) => new ReportPeriod(x.Kind, x.Year, x.Number).IsValid)
                .WithText("report-period-invalid");
            RuleFor(x => x.Year).Must((x, _) => !new ReportPeriod(x.Kind, x.Year, x.Number).IsValid || new ReportPeriod(x.Kind, x.Year, x.Number).Start <= VietnamClock.Today(clock))
                .WithText("report-period-not-started");
            RuleFor(x => x.From).Null();
            RuleFor(x => x.To).Null();
        });
    }
}

public sealed class CreateReportHandler(AppDbContext db, ICurrentUser user, IOutbox outbox, TimeProvider clock)
    : ICommandHandler<CreateReport, ReportRunDto>
{
    public async ValueTask<ReportRunDto> Handle(CreateReport command, CancellationToken cancellationToken)
    {
        var facilityId = user.FacilityId ?? throw new ForbiddenException("report-facility-only");
        var facility = await db.Facilities.AsNoTracking().Where(f => f.Id == facilityId).Select(f => new { f.ProvinceId, f.Name, f.Type })
            .SingleAsync(cancellationToken);
        var by = await ReportAccess.ActorAsync(db, user, cancellationToken);
        PeriodicReport report;
        ReportTransition created;
        if (command.Kind == ReportPeriodKind.AdHoc)
        {
            var from = command.From!.Value;
            // Numbered within the year it starts in; two at once collide on the unique index (409 "duplicate").
            var number = await db.PeriodicReports.Where(r => r.FacilityId == facilityId && r.Kind == ReportPeriodKind.AdHoc && r.Year == from.Year)
                .MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
            (report, created) = PeriodicReport.StartAdHoc(facilityId, facility.ProvinceId, number + 1, from, command.To!.Value, command.Subject!, by, clock.GetUtcNow());
        }
        else
        {
            var period = new ReportPeriod(command.Kind, command.Year, command.Number);
            if (await db.PeriodicReports.AnyAsync(r => r.FacilityId == facilityId && r.Kind == period.Kind && r.Year == period.Year && r.Number == period.Number, cancellationToken))
                throw new ConflictException("report-exists", period.Vietnamese);
            (report, created) = PeriodicReport.Start(facilityId, facility.ProvinceId, period, by, clock.GetUtcNow());
        }
        report.AddressTo(command.AddressedToPeoplesCommittee, facility.Type == FacilityType.CommuneHealthStation);
        db.PeriodicReports.Add(report);
        db.ReportTransitions.Add(created);
        return await ReportJobs.QueueAsync(db, outbox, user, clock, report, cancellationToken);
    }
}
