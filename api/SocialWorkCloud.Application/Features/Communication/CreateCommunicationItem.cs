using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Communication;

namespace SocialWorkCloud.Application.Features.Communication;

/// <summary>Records a piece of communication: a broadcast, article, post, session or printed material (collaborators log what they took part in).</summary>
[RequiresPermission(Permissions.ActivitiesLog)]
public sealed record CreateCommunicationItem(
    CommunicationChannel Channel, string Title, DateOnly Date, string? Topic = null, int? AudienceReached = null, string? Link = null)
    : ICommand<CommunicationItemDto>;

public sealed class CreateCommunicationItemValidator : AbstractValidator<CreateCommunicationItem>
{
    public CreateCommunicationItemValidator()
    {
        RuleFor(x => x.Channel).IsInEnum();
        RuleFor(x => x.Title).NotEmpty().MaximumLength(300);
        RuleFor(x => x.Date).MustBeAnActivityDate();
        RuleFor(x => x.Topic).MaximumLength(200);
        RuleFor(x => x.AudienceReached).InclusiveBetween(0, 100_000_000);
        RuleFor(x => x.Link).MaximumLength(1000)
            .Must(l => l is null || (Uri.TryCreate(l, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"))
            .WithText("link-not-http");
    }
}

public sealed class CreateCommunicationItemHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CreateCommunicationItem, CommunicationItemDto>
{
    public async ValueTask<CommunicationItemDto> Handle(CreateCommunicationItem command, CancellationToken cancellationToken)
    {
        var item = new CommunicationItem
        {
            Id = Guid.NewGuid(), Channel = command.Channel, Title = command.Title.Trim(), Date = command.Date, Topic = command.Topic?.Trim(),
            AudienceReached = command.AudienceReached, Link = command.Link?.Trim(), RecordedById = user.UserId, CreatedAt = clock.GetUtcNow(),
        };
        db.CommunicationItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return new CommunicationItemDto(item.Id, item.Channel, item.Title, item.Date, item.Topic, item.AudienceReached, item.Link);
    }
}
