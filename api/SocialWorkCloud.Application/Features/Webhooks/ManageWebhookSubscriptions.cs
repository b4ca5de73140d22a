using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Webhooks;

namespace SocialWorkCloud.Application.Features.Webhooks;

/// <summary>The fields a subscription is made of, checked the same way on creation and on change.</summary>
public interface IWebhookSubscriptionFields
{
    string Url { get; }
    IReadOnlyList<string> EventTypes { get; }
    string? Description { get; }
}

public sealed class WebhookSubscriptionFieldsValidator : AbstractValidator<IWebhookSubscriptionFields>
{
    public WebhookSubscriptionFieldsValidator()
    {
        RuleFor(x => x.Url).NotEmpty().MaximumLength(500).Must(WebhookUrlPolicy.IsWellFormed).WithText("webhook-url-invalid");
        RuleFor(x => x.EventTypes).NotEmpty().ItemCount(0, WebhookEventTypes.All.Count);
        RuleForEach(x => x.EventTypes).MaximumLength(WebhookEventTypes.All.Max(t => t.Length));
        RuleForEach(x => x.EventTypes).Must(t => WebhookEventTypes.All.Contains(t)).WithText("webhook-event-unknown", string.Join(", ", WebhookEventTypes.All));
        RuleFor(x => x.Description).MaximumLength(200);
    }
}

/// <summary>Subscribes the caller's facility (or province) to events; the answer carries the signing secret, once.</summary>
[RequiresPermission(Permissions.WebhooksManage)]
public sealed record CreateWebhookSubscription(string Url, IReadOnlyList<string> EventTypes, string? Description) : ICommand<CreatedWebhookSubscription>, IWebhookSubscriptionFields;

public sealed class CreateWebhookSubscriptionValidator : AbstractValidator<CreateWebhookSubscription>
{
    public CreateWebhookSubscriptionValidator() => Include(new WebhookSubscriptionFieldsValidator());
}

public sealed class CreateWebhookSubscriptionHandler(AppDbContext db, ICurrentUser user, WebhookUrlPolicy urls, IDataProtectionProvider protection, TimeProvider clock)
    : ICommandHandler<CreateWebhookSubscription, CreatedWebhookSubscription>
{
    public async ValueTask<CreatedWebhookSubscription> Handle(CreateWebhookSubscription command, CancellationToken cancellationToken)
    {
        if (user.FacilityId is null && user.ProvinceId is null) throw new ForbiddenException("webhook-owner-required");
        if (await urls.RefusalAsync(command.Url, cancellationToken) is { } refusal) throw new BusinessRuleException(refusal);
        var secret = WebhookSignature.NewSecret();
        var subscription = new WebhookSubscription
        {
            Id = Guid.NewGuid(), FacilityId = user.FacilityId, ProvinceId = user.FacilityId is null ? user.ProvinceId : null, Url = command.Url.Trim(),
            EventTypes = string.Join(' ', command.EventTypes.Distinct()), Description = command.Description?.Trim(),
            ProtectedSecret = protection.CreateProtector(WebhookJobs.SecretPurpose).Protect(secret), CreatedAt = clock.GetUtcNow(), CreatedBy = user.UserId,
            Version = Guid.NewGuid(),
        };
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedWebhookSubscription(subscription.ToDto(), secret);
    }
}

[RequiresPermission(Permissions.WebhooksManage)]
public sealed record ListWebhookSubscriptions : IQuery<IReadOnlyList<WebhookSubscriptionDto>>;

public sealed class ListWebhookSubscriptionsHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<ListWebhookSubscriptions, IReadOnlyList<WebhookSubscriptionDto>>
{
    public async ValueTask<IReadOnlyList<WebhookSubscriptionDto>> Handle(ListWebhookSubscriptions query, CancellationToken cancellationToken)
    {
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking().OwnedBy(user).OrderByDescending(s => s.CreatedAt).ToListAsync(cancellationToken);
        var list = new List<WebhookSubscriptionDto>(subscriptions.Count);
        // A facility or province has a handful of subscriptions: one indexed look-up each for its newest delivery (the log's first row).
        foreach (var s in subscriptions)
        {
            var last = await db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == s.Id).OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id)
                .Select(d => new { d.Id, d.EventType, d.CreatedAt, d.LastAttemptAt, d.Status, d.LastStatusCode }).FirstOrDefaultAsync(cancellationToken);
            list.Add(s.ToDto(last is null ? null : new WebhookLastDelivery(last.Id, last.EventType, last.LastAttemptAt ?? last.CreatedAt, last.Status, last.LastStatusCode)));
        }
        return list;
    }
}

/// <summary>The event catalogue: the types a subscription may choose (anything else is refused with webhook-event-unknown).</summary>
[RequiresPermission(Permissions.WebhooksManage)]
public sealed record ListWebhookEventTypes : IQuery<IReadOnlyList<WebhookEventTypeDto>>;

public sealed class ListWebhookEventTypesHandler : IQueryHandler<ListWebhookEventTypes, IReadOnlyList<WebhookEventTypeDto>>
{
    public ValueTask<IReadOnlyList<WebhookEventTypeDto>> Handle(ListWebhookEventTypes query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<WebhookEventTypeDto>>(
            WebhookEventTypes.All.Select(t => new WebhookEventTypeDto(t, TextCatalog.Get("webhook-event." + t))).ToList());
}

/// <summary>Changes where and what a subscription delivers (checked against the version the caller read).</summary>
[RequiresPermission(Permissions.WebhooksManage)]
public sealed record UpdateWebhookSubscription(string Url, IReadOnlyList<string> EventTypes, string? Description, Guid Version)
    : ICommand<WebhookSubscriptionDto>, IWebhookSubscriptionFields
{
    [System.Text.Json.Serialization.JsonIgnore] public Guid SubscriptionId { get; init; }
}

public sealed class UpdateWebhookSubscriptionValidator : AbstractValidator<UpdateWebhookSubscription>
{
    public UpdateWebhookSubscriptionValidator()
    {
        Include(new WebhookSubscriptionFieldsValidator());
        RuleFor(x => x.Version).NotEmpty();
    }
}

public sealed class UpdateWebhookSubscriptionHandler(AppDbContext db, ICurrentUser user, WebhookUrlPolicy urls) : ICommandHandler<UpdateWebhookSubscription, WebhookSubscriptionDto>
{
    public async ValueTask<WebhookSubscriptionDto> Handle(UpdateWebhookSubscription command, CancellationToken cancellationToken)
    {
        var subscription = await db.WebhookSubscriptions.OwnedAsync(user, command.SubscriptionId, cancellationToken);
        if (await urls.RefusalAsync(command.Url, cancellationToken) is { } refusal) throw new BusinessRuleException(refusal);
        db.Entry(subscription).Property(s => s.Version).OriginalValue = command.Version;
        subscription.Url = command.Url.Trim();
        subscription.EventTypes = string.Join(' ', command.EventTypes.Distinct());
        subscription.Description = command.Description?.Trim();
        subscription.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        return subscription.ToDto();
    }
}

/// <summary>Removes a subscription and its delivery log.</summary>
[RequiresPermission(Permissions.WebhooksManage)]
public sealed record DeleteWebhookSubscription(Guid SubscriptionId) : ICommand;

public sealed class DeleteWebhookSubscriptionHandler(AppDbContext db, ICurrentUser user) : ICommandHandler<DeleteWebhookSubscription>
{
    public async ValueTask<Unit> Handle(DeleteWebhookSubscription command, CancellationToken cancellationToken)
    {
        var subscription = await db.WebhookSubscriptions.OwnedAsync(user, command.SubscriptionId, cancellationToken);
        db.WebhookSubscriptions.Remove(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>A new signing secret, in force at once (the old one stops signing); shown in this answer only.</summary>
[RequiresPermission(Permissions.WebhooksManage)]
public sealed record RotateWebhookSecret(Guid SubscriptionId) : ICommand<WebhookSecret>;

public sealed class RotateWebhookSecretHandler(AppDbContext db, ICurrentUser user, IDataProtectionProvider protection) : ICommandHandler<RotateWebhookSecret, WebhookSecret>
{
    public async ValueTask<WebhookSecret> Handle(RotateWebhookSecret command, CancellationToken cancellationToken)
    {
        var subscription = await db.WebhookSubscriptions.OwnedAsync(user, command.SubscriptionId, cancellationToken);
        var secret = WebhookSignature.NewSecret();
        subscription.ProtectedSecret = protection.CreateProtector(WebhookJobs.SecretPurpose).Protect(secret);
        subscription.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookSecret(secret);
    }
}

/// <summary>Pauses (nothing is delivered) or resumes a subscription; resuming starts its failure clock afresh.</summary>
[RequiresPermission(Permissions.WebhooksManage)]
public sealed record SetWebhookSubscriptionPaused(Guid SubscriptionId, bool Paused) : ICommand<WebhookSubscriptionDto>;

public sealed class SetWebhookSubscriptionPausedHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<SetWebhookSubscriptionPaused, WebhookSubscriptionDto>
{
    public async ValueTask<WebhookSubscriptionDto> Handle(SetWebhookSubscriptionPaused command, CancellationToken cancellationToken)
    {
        var subscription = await db.WebhookSubscriptions.OwnedAsync(user, command.SubscriptionId, cancellationToken);
        if (command.Paused) subscription.Pause(clock.GetUtcNow());
        else subscription.Resume();
        subscription.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        return subscription.ToDto();
    }
}
