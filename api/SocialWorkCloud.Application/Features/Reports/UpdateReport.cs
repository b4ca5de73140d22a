using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Reports;

namespace SocialWorkCloud.Application.Features.Reports;

/// <summary>
/// The unit's own parts of a draft or returned report: number, narrative, recipients, signer, an ad-hoc report's subject,
/// whether a station's report also goes to its People's Committee (null: unchanged). A submitted or approved report is locked (422).
/// </summary>
[RequiresPermission(Permissions.ReportsPrepare)]
public sealed record UpdateReport(
    [property: System.Text.Json.Serialization.JsonIgnore] Guid ReportId, Guid Version, string? ReportNumber, string? Place, string? Results,
    string? Difficulties, string? Proposals, string? NextPeriodPlan, string? Recipients, string? SignerName, string? SignerTitle,
    string? Subject = null, bool? AddressedToPeoplesCommittee = null)
    : ICommand<ReportDetail>;

public sealed class UpdateReportValidator : AbstractValidator<UpdateReport>
{
    public UpdateReportValidator()
    {
        RuleFor(x => x.Version).NotEmpty();
        RuleFor(x => x.ReportNumber).MaximumLength(60);
        RuleFor(x => x.Place).MaximumLength(100);
        RuleFor(x => x.Results).MaximumLength(20_000);
        RuleFor(x => x.Difficulties).MaximumLength(10_000);
        RuleFor(x => x.Proposals).MaximumLength(10_000);
        RuleFor(x => x.NextPeriodPlan).MaximumLength(20_000);
        RuleFor(x => x.Recipients).MaximumLength(2_000);
        RuleFor(x => x.SignerName).MaximumLength(200);
        RuleFor(x => x.SignerTitle).MaximumLength(200);
        RuleFor(x => x.Subject).MaximumLength(500);
    }
}

public sealed class UpdateReportHandler(AppDbContext db, ICurrentUser user, IMediator mediator) : ICommandHandler<UpdateReport, ReportDetail>
{
    public async ValueTask<ReportDetail> Handle(UpdateReport command, CancellationToken cancellationToken)
    {
        var report = await ReportAccess.OwnAsync(db, user, command.ReportId, cancellationToken);
        ReportAccess.ExpectVersion(db, report, command.Version);
        report.Edit(new ReportNarrative(command.ReportNumber, command.Place, command.Results, command.Difficulties, command.Proposals,
            command.NextPeriodPlan, command.Recipients, command.SignerName, command.SignerTitle, command.Subject));
        if (command.AddressedToPeoplesCommittee is { } committee)
        {
            var type = await db.Facilities.AsNoTracking().Where(f => f.Id == report.FacilityId).Select(f => f.Type).SingleAsync(cancellationToken);
            report.AddressTo(committee, type == FacilityType.CommuneHealthStation);
        }
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetReport(report.Id), cancellationToken);
    }
}
