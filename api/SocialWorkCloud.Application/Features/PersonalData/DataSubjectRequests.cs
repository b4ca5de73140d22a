using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialWorkCloud.Application.Common.Auditing;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.PersonalData;

namespace SocialWorkCloud.Application.Features.PersonalData;

public sealed record DataSubjectRequestDto(
    Guid Id, Guid ClientId, string? ClientName, DataSubjectRequestKind Kind, DateOnly ReceivedOn, DateOnly DueOn, string? Detail,
    DataSubjectRequestStatus Status, string? Outcome, DateTimeOffset RecordedAt, string? RecordedByName, DateTimeOffset? HandledAt,
    string? HandledByName, bool Overdue, Guid Version);

/// <summary>Records a data subject's request about a client (received date; the due date follows from the setting); audited.</summary>
[RequiresPermission(Permissions.PersonalDataManage)]
public sealed record ReceiveDataSubjectRequest(
    [property: System.Text.Json.Serialization.JsonIgnore] Guid ClientId, DataSubjectRequestKind Kind, DateOnly ReceivedOn, string? Detail)
    : ICommand<DataSubjectRequestDto>;

public sealed class ReceiveDataSubjectRequestValidator : AbstractValidator<ReceiveDataSubjectRequest>
{
    public ReceiveDataSubjectRequestValidator(TimeProvider clock)
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.ReceivedOn).Must(d => d.Year >= 2000 && d <= VietnamClock.Today(clock)).WithText("data-request-date-future");
        RuleFor(x => x.Detail).MaximumLength(2000);
    }
}

public sealed class ReceiveDataSubjectRequestHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IOptions<PersonalDataOptions> options)
    : ICommandHandler<ReceiveDataSubjectRequest, DataSubjectRequestDto>
{
    public async ValueTask<DataSubjectRequestDto> Handle(ReceiveDataSubjectRequest command, CancellationToken cancellationToken)
    {
        if (!await db.Clients.AnyAsync(c => c.Id == command.ClientId, cancellationToken)) throw new NotFoundException("Client", command.ClientId);
        var request = DataSubjectRequest.Receive(command.ClientId, command.Kind, command.ReceivedOn, Math.Max(1, options.Value.RequestDeadlineDays),
            command.Detail, user.UserId, clock.GetUtcNow());
        db.DataSubjectRequests.Add(request);
        db.Audit(user, clock, "data-request.receive", nameof(DataSubjectRequest), request.Id, $"{request.Kind} client {request.ClientId}");
        await db.SaveChangesAsync(cancellationToken);
        return (await DataSubjectRequestQueries.ListAsync(db, VietnamClock.Today(clock), db.DataSubjectRequests.Where(r => r.Id == request.Id), cancellationToken)).Single();
    }
}

/// <summary>Closes a request as done or refused (a refusal says why); send the version you read; audited.</summary>
[RequiresPermission(Permissions.PersonalDataManage)]
public sealed record CloseDataSubjectRequest(
    [property: System.Text.Json.Serialization.JsonIgnore] Guid RequestId, DataSubjectRequestStatus Status, string? Outcome, Guid Version)
    : ICommand<DataSubjectRequestDto>;

public sealed class CloseDataSubjectRequestValidator : AbstractValidator<CloseDataSubjectRequest>
{
    public CloseDataSubjectRequestValidator()
    {
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Outcome).MaximumLength(2000);
        RuleFor(x => x.Version).NotEmpty();
    }
}

public sealed class CloseDataSubjectRequestHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CloseDataSubjectRequest, DataSubjectRequestDto>
{
    public async ValueTask<DataSubjectRequestDto> Handle(CloseDataSubjectRequest command, CancellationToken cancellationToken)
    {
        var request = await db.DataSubjectRequests.SingleOrDefaultAsync(r => r.Id == command.RequestId, cancellationToken)
            ?? throw new NotFoundException("DataSubjectRequest", command.RequestId);
        if (request.Version != command.Version) throw new ConflictException("data-request-changed");
        request.Close(command.Status, command.Outcome, user.UserId, clock.GetUtcNow());
        db.Audit(user, clock, "data-request.close", nameof(DataSubjectRequest), request.Id, $"{request.Status}: {request.Outcome}");
        await db.SaveChangesAsync(cancellationToken);
        return (await DataSubjectRequestQueries.ListAsync(db, VietnamClock.Today(clock), db.DataSubjectRequests.Where(r => r.Id == request.Id), cancellationToken)).Single();
    }
}

/// <summary>One client's data-subject requests, latest first.</summary>
[RequiresPermission(Permissions.PersonalDataManage)]
public sealed record ListClientDataRequests(Guid ClientId) : IQuery<IReadOnlyList<DataSubjectRequestDto>>;

public sealed class ListClientDataRequestsHandler(AppDbContext db, TimeProvider clock) : IQueryHandler<ListClientDataRequests, IReadOnlyList<DataSubjectRequestDto>>
{
    public async ValueTask<IReadOnlyList<DataSubjectRequestDto>> Handle(ListClientDataRequests query, CancellationToken cancellationToken)
    {
        // The requests outlive a deleted client: found by the request rows, not the client.
        var requests = db.DataSubjectRequests.Where(r => r.ClientId == query.ClientId);
        if (!await requests.AnyAsync(cancellationToken) && !await db.Clients.AnyAsync(c => c.Id == query.ClientId, cancellationToken))
            throw new NotFoundException("Client", query.ClientId);
        return await DataSubjectRequestQueries.ListAsync(db, VietnamClock.Today(clock), requests, cancellationToken);
    }
}

/// <summary>The facility's data-subject requests (open ones only unless asked), soonest due first; overdue ones flagged.</summary>
[RequiresPermission(Permissions.PersonalDataManage)]
public sealed record ListDataRequests(bool OpenOnly = true) : IQuery<IReadOnlyList<DataSubjectRequestDto>>;

public sealed class ListDataRequestsHandler(AppDbContext db, TimeProvider clock) : IQueryHandler<ListDataRequests, IReadOnlyList<DataSubjectRequestDto>>
{
    public async ValueTask<IReadOnlyList<DataSubjectRequestDto>> Handle(ListDataRequests query, CancellationToken cancellationToken)
    {
        var requests = db.DataSubjectRequests.AsQueryable();
        if (query.OpenOnly) requests = requests.Where(r => r.Status == DataSubjectRequestStatus.Open);
        return await DataSubjectRequestQueries.ListAsync(db, VietnamClock.Today(clock), requests, cancellationToken);
    }
}

public static class DataSubjectRequestQueries
{
    public static async Task<IReadOnlyList<DataSubjectRequestDto>> ListAsync(AppDbContext db, DateOnly today, IQueryable<DataSubjectRequest> requests, CancellationToken ct)
    {
        var rows = await requests.AsNoTracking()
            .OrderBy(r => r.Status).ThenBy(r => r.DueOn).ThenBy(r => r.RecordedAt)
            .Select(r => new
            {
                Request = r,
                ClientName = db.Clients.Where(c => c.Id == r.ClientId).Select(c => c.FullName).FirstOrDefault(),
                RecordedBy = db.Users.Where(u => u.Id == r.RecordedBy).Select(u => u.FullName).FirstOrDefault(),
                HandledBy = db.Users.Where(u => u.Id == r.HandledBy).Select(u => u.FullName).FirstOrDefault(),
            })
            .Take(500).ToListAsync(ct);
        return rows.Select(x => new DataSubjectRequestDto(
            x.Request.Id, x.Request.ClientId, x.ClientName, x.Request.Kind, x.Request.ReceivedOn, x.Request.DueOn, x.Request.Detail, x.Request.Status,
            x.Request.Outcome, x.Request.RecordedAt, x.RecordedBy, x.Request.HandledAt, x.HandledBy, x.Request.IsOverdue(today), x.Request.Version)).ToList();
    }
}
