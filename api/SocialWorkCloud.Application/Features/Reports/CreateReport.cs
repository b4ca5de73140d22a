using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Reports;

namespace SocialWorkCloud.Application.Features.Reports;

/// <summary>
/// Starts the facility's report for a period: a draft is created at once and its figures are generated
/// by a background job; the caller follows the returned run. One report per facility and period (409).
/// </summary>
[RequiresPermission(Permissions.ReportsPrepare)]
public sealed record CreateReport(ReportPeriodKind Kind, int Year, int Number) : ICommand<ReportRunDto>;

public sealed class CreateReportValidator : AbstractValidator<CreateReport>
{
    public CreateReportValidator(TimeProvider clock)
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.Number).Must((x, _) => new ReportPeriod(x.Kind, x.Year, x.Number).IsValid)
            .WithText("report-period-invalid");
        RuleFor(x => x.Year).Must((x, _) => !new ReportPeriod(x.Kind, x.Year, x.Number).IsValid || new ReportPeriod(x.Kind, x.Year, x.Number).Start <= VietnamClock.Today(clock))
            .WithText("report-period-not-started");
    }
}

public sealed class CreateReportHandler(AppDbContext db, ICurrentUser user, IOutbox outbox, TimeProvider clock)
    : ICommandHandler<CreateReport, ReportRunDto>
{
    public async ValueTask<ReportRunDto> Handle(CreateReport command, CancellationToken cancellationToken)
    {
        var facilityId = user.FacilityId ?? throw new ForbiddenException("report-facility-only");
        var facility = await db.Facilities.AsNoTracking().Where(f => f.Id == facilityId).Select(f => new { f.ProvinceId, f.Name })
            .SingleAsync(cancellationToken);
        var period = new ReportPeriod(command.Kind, command.Year, command.Number);
        if (await db.PeriodicReports.AnyAsync(r => r.FacilityId == facilityId && r.Kind == period.Kind && r.Year == period.Year && r.Number == period.Number, cancellationToken))
            throw new ConflictException("report-exists", period.Vietnamese);

        var (report, created) = PeriodicReport.Start(facilityId, facility.ProvinceId, period, await ReportAccess.ActorAsync(db, user, cancellationToken), clock.GetUtcNow());
        db.PeriodicReports.Add(report);
        db.ReportTransitions.Add(created);
        return await ReportJobs.QueueAsync(db, outbox, user, clock, report, cancellationToken);
    }
}
