using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Features.PersonalData;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Consents;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>Records a service delivered on the case (type from the one taxonomy, date, provider, quantity, value in VND).</summary>
[RequiresPermission(Permissions.CasesWork)]
public sealed record RecordService(
    [property: System.Text.Json.Serialization.JsonIgnore] Guid CaseId, ServiceType Type, DateOnly DeliveredOn, string Provider, int Quantity,
    long ValueVnd, string? Note) : ICommand<CaseDetail>;

public sealed class RecordServiceValidator : AbstractValidator<RecordService>
{
    public RecordServiceValidator(TimeProvider clock)
    {
        RuleFor(x => x.Type).IsInEnum();
        RuleFor(x => x.DeliveredOn).Must(d => d.Year >= 2000 && d <= VietnamClock.Today(clock))
            .WithText("service-date-future");
        RuleFor(x => x.Provider).NotEmpty().MaximumLength(300);
        RuleFor(x => x.Quantity).InclusiveBetween(1, 100_000);
        RuleFor(x => x.ValueVnd).InclusiveBetween(0, Vnd.Max)
            .WithText("service-value-range");
        RuleFor(x => x.Note).MaximumLength(2000);
    }
}

public sealed class RecordServiceHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RecordService, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(RecordService command, CancellationToken cancellationToken)
    {
        var @case = await db.LoadAsync(user, clock, command.CaseId, "case.service", cancellationToken);
        await db.EnsureMayProcessAsync(@case.ClientId, ConsentPurpose.PersonalDataProcessing, cancellationToken);
        @case.EnsureOpen();
        db.ServicesDelivered.Add(ServiceDelivered.Record(@case, command.Type, command.DeliveredOn, command.Provider, command.Quantity,
            command.ValueVnd, command.Note, "case", null, clock.GetUtcNow(), user.UserId));
        await db.SaveChangesAsync(cancellationToken);
        return await CaseDetails.BuildAsync(db, @case, VietnamClock.Today(clock), cancellationToken);
    }
}
