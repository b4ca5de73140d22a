using FluentValidation;
using SocialWorkCloud.Application.Common.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Notifications;

namespace SocialWorkCloud.Application.Features.Notifications;

/// <summary>Whether a kind is also e-mailed (urgent kinds at once, the rest in the morning digest); the inbox always has it.</summary>
public sealed record NotificationPreferenceDto(NotificationKind Kind, bool Email, bool Urgent);

/// <summary>The signed-in person's e-mail choice for every kind (no choice made: e-mailed).</summary>
[AnyAuthenticatedCaller]
public sealed record GetNotificationPreferences : IQuery<IReadOnlyList<NotificationPreferenceDto>>;

public sealed class GetNotificationPreferencesHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<GetNotificationPreferences, IReadOnlyList<NotificationPreferenceDto>>
{
    public async ValueTask<IReadOnlyList<NotificationPreferenceDto>> Handle(GetNotificationPreferences query, CancellationToken cancellationToken) =>
        await NotificationPreferenceQueries.ForAsync(db, NotificationPreferenceQueries.Me(user), cancellationToken);
}

public sealed record NotificationPreferenceChange(NotificationKind Kind, bool Email);

/// <summary>Changes the e-mail choice of the kinds listed (the others stay as they are).</summary>
[AnyAuthenticatedCaller]
public sealed record UpdateNotificationPreferences(IReadOnlyList<NotificationPreferenceChange> Preferences) : ICommand<IReadOnlyList<NotificationPreferenceDto>>;

public sealed class UpdateNotificationPreferencesValidator : AbstractValidator<UpdateNotificationPreferences>
{
    public UpdateNotificationPreferencesValidator()
    {
        RuleFor(x => x.Preferences).NotNull().ItemCount(0, 100);
        RuleForEach(x => x.Preferences).NotNull().ChildRules(p => p.RuleFor(x => x.Kind).IsInEnum());
    }
}

public sealed class UpdateNotificationPreferencesHandler(AppDbContext db, ICurrentUser user)
    : ICommandHandler<UpdateNotificationPreferences, IReadOnlyList<NotificationPreferenceDto>>
{
    public async ValueTask<IReadOnlyList<NotificationPreferenceDto>> Handle(UpdateNotificationPreferences command, CancellationToken cancellationToken)
    {
        var me = NotificationPreferenceQueries.Me(user);
        var existing = await db.NotificationPreferences.Where(p => p.UserId == me).ToListAsync(cancellationToken);
        foreach (var change in command.Preferences.GroupBy(c => c.Kind).Select(g => g.Last()))
        {
            var row = existing.FirstOrDefault(p => p.Kind == change.Kind);
            if (row is null) db.NotificationPreferences.Add(new NotificationPreference { UserId = me, Kind = change.Kind, Email = change.Email });
            else row.Email = change.Email;
        }
        await db.SaveChangesAsync(cancellationToken);
        return await NotificationPreferenceQueries.ForAsync(db, me, cancellationToken);
    }
}

internal static class NotificationPreferenceQueries
{
    /// <summary>Preferences belong to people: an API client has none to keep.</summary>
    public static Guid Me(ICurrentUser user) =>
        user is { IsApiClient: false, UserId: { } id } ? id : throw new ForbiddenException("notification-preferences-people-only");

    public static async Task<IReadOnlyList<NotificationPreferenceDto>> ForAsync(AppDbContext db, Guid userId, CancellationToken ct)
    {
        var chosen = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Kind, p => p.Email, ct);
        return Enum.GetValues<NotificationKind>()
            .Select(k => new NotificationPreferenceDto(k, chosen.GetValueOrDefault(k, true), Notification.IsUrgent(k))).ToList();
    }
}
