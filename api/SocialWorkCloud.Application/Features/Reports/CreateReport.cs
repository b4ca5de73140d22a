using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
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
            .WithMessage("Kỳ báo cáo không hợp lệ (quý 1–4, 6 tháng 1–2, năm và giai đoạn 5 năm: 1; giai đoạn bắt đầu năm 2021, 2026…). / The period is not valid (quarter 1–4, half-year 1–2, year and five-year: 1; five-year spans start in 2021, 2026, …).");
        RuleFor(x => x.Year).Must((x, _) => !new ReportPeriod(x.Kind, x.Year, x.Number).IsValid || new ReportPeriod(x.Kind, x.Year, x.Number).Start <= VietnamClock.Today(clock))
            .WithMessage("Kỳ báo cáo chưa bắt đầu. / The period has not started yet.");
    }
}

public sealed class CreateReportHandler(AppDbContext db, ICurrentUser user, IOutbox outbox, TimeProvider clock)
    : ICommandHandler<CreateReport, ReportRunDto>
{
    public async ValueTask<ReportRunDto> Handle(CreateReport command, CancellationToken cancellationToken)
    {
        var facilityId = user.FacilityId ?? throw new ForbiddenException("Chỉ đơn vị mới lập báo cáo. / Only a facility writes reports.");
        var facility = await db.Facilities.AsNoTracking().Where(f => f.Id == facilityId).Select(f => new { f.ProvinceId, f.Name })
            .SingleAsync(cancellationToken);
        var period = new ReportPeriod(command.Kind, command.Year, command.Number);
        if (await db.PeriodicReports.AnyAsync(r => r.FacilityId == facilityId && r.Kind == period.Kind && r.Year == period.Year && r.Number == period.Number, cancellationToken))
            throw new ConflictException($"Đơn vị đã có báo cáo {period.Vietnamese}. / The facility already has a report for this period.");

        var report = new PeriodicReport
        {
            Id = Guid.NewGuid(), FacilityId = facilityId, ProvinceId = facility.ProvinceId, Kind = period.Kind, Year = period.Year,
            Number = period.Number, PeriodStart = period.Start, PeriodEnd = period.End, Status = ReportStatus.Draft,
            Recipients = "Sở Y tế (b/c);\nBan Giám đốc (b/c);\nLưu: VT, Phòng CTXH.", CreatedAt = clock.GetUtcNow(), CreatedBy = user.UserId,
        };
        db.PeriodicReports.Add(report);
        await ReportWorkflow.RecordAsync(db, user, clock, report, ReportAction.Created, ReportStatus.Draft, null, cancellationToken);
        return await ReportJobs.QueueAsync(db, outbox, user, clock, report, cancellationToken);
    }
}
