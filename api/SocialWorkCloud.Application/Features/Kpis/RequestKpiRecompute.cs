using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Kpis;

namespace SocialWorkCloud.Application.Features.Kpis;

/// <summary>
/// Queues a background recomputation of a province's KPI snapshots as of a date. Returns the run,
/// with its job id, so the caller can follow it until it finishes.
/// </summary>
[RequiresPermission(Permissions.KpisRecompute)]
public sealed record RequestKpiRecompute(Guid ProvinceId, DateOnly? AsOf) : ICommand<KpiRunDto>;

public sealed class RequestKpiRecomputeValidator : AbstractValidator<RequestKpiRecompute>
{
    public RequestKpiRecomputeValidator() =>
        RuleFor(x => x.AsOf).MustBeAKpiDate();
}

public sealed class RequestKpiRecomputeHandler(AppDbContext db, ICurrentUser user, IOutbox outbox, TimeProvider clock)
    : ICommandHandler<RequestKpiRecompute, KpiRunDto>
{
    public async ValueTask<KpiRunDto> Handle(RequestKpiRecompute command, CancellationToken cancellationToken)
    {
        await KpiAccess.EnsureProvinceReadableAsync(db, user, command.ProvinceId, cancellationToken);
        var run = new KpiRun
        {
            Id = Guid.NewGuid(),
            ProvinceId = command.ProvinceId,
            AsOf = command.AsOf ?? VietnamClock.Today(clock),
            Status = KpiRunStatus.Queued,
            RequestedBy = user.UserId,
            RequestedAt = clock.GetUtcNow(),
        };
        db.KpiRuns.Add(run);
        // The job is enqueued after this command commits (the outbox), so it always finds its run.
        run.JobId = KpiRunRequested.Publish(outbox, run);
        await db.SaveChangesAsync(cancellationToken);
        return run.ToDto();
    }
}
