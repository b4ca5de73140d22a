using FluentValidation;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Audit;
using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Application.Features.Audit;

/// <summary>One line of an audit log, with the person's name; <see cref="Position"/> is its place in the chain.</summary>
public sealed record AuditEntryView(Guid Id, long Position, DateTimeOffset At, Guid? UserId, string? UserName, string Action, string EntityType, Guid EntityId, string? Detail);

/// <summary>
/// What a log is filtered by: the person, the record (type and id together), the action (an exact action, or a
/// prefix ending in "." such as "client."), and Vietnamese calendar days (both included).
/// </summary>
public interface IAuditFilter
{
    Guid? UserId { get; }
    string? EntityType { get; }
    Guid? EntityId { get; }
    string? Action { get; }
    DateOnly? From { get; }
    DateOnly? To { get; }
}

public sealed class AuditFilterRules<T> : AbstractValidator<T> where T : IAuditFilter
{
    public AuditFilterRules()
    {
        RuleFor(x => x.EntityType).MaximumLength(64);
        RuleFor(x => x.Action).MaximumLength(64);
        RuleFor(x => x.EntityId).NotNull().When(x => !string.IsNullOrWhiteSpace(x.EntityType)).WithText("audit-record-incomplete");
        RuleFor(x => x.EntityType).NotEmpty().When(x => x.EntityId is not null).WithText("audit-record-incomplete");
        RuleFor(x => x.From).Must(d => d!.Value.Year is >= 2000 and <= 2100).When(x => x.From is not null);
        RuleFor(x => x.To).Must(d => d!.Value.Year is >= 2000 and <= 2100).When(x => x.To is not null);
        RuleFor(x => x.To).Must((f, to) => f.From is null || to is null || f.From <= to).WithText("audit-range-order");
    }
}

internal static class AuditQueries
{
    /// <summary>The log's lines that pass the filter, newest first (chain order, which is the order they were written).</summary>
    public static IQueryable<AuditEntryView> Filtered<T>(AppDbContext db, IQueryable<T> log, IAuditFilter f) where T : class, IAuditRecord
    {
        var rows = log;
        if (f.UserId is { } userId) rows = rows.Where(e => e.UserId == userId);
        if (!string.IsNullOrWhiteSpace(f.EntityType) && f.EntityId is { } id)
        {
            var type = f.EntityType.Trim();
            rows = rows.Where(e => e.EntityType == type && e.EntityId == id);
        }
        if (!string.IsNullOrWhiteSpace(f.Action))
        {
            var action = f.Action.Trim();
            rows = action.EndsWith('.') ? rows.Where(e => e.Action.StartsWith(action)) : rows.Where(e => e.Action == action);
        }
        // Vietnamese calendar days: from 00:00 of the first day to 00:00 of the day after the last, Vietnam time.
        if (f.From is { } from)
        {
            var start = VietnamClock.At(from, TimeOnly.MinValue);
            rows = rows.Where(e => e.At >= start);
        }
        if (f.To is { } to)
        {
            var end = VietnamClock.At(to.AddDays(1), TimeOnly.MinValue);
            rows = rows.Where(e => e.At < end);
        }
        return rows.OrderByDescending(e => e.ChainPosition).Select(e => new AuditEntryView(e.Id, e.ChainPosition, e.At, e.UserId,
            db.Users.Where(u => u.Id == e.UserId).Select(u => u.FullName).FirstOrDefault(), e.Action, e.EntityType, e.EntityId, e.Detail));
    }
}
