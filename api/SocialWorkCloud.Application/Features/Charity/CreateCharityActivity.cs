using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Charity;

namespace SocialWorkCloud.Application.Features.Charity;

/// <summary>
/// Records a one-off charity or community activity. <c>distributionId</c> names the donations
/// module's distribution it handed out, if any. Collaborators log the activities they took part in.
/// </summary>
[RequiresPermission(Permissions.ActivitiesLog)]
public sealed record CreateCharityActivity(
    CharityKind Kind, string Title, DateOnly Date, string? Place, string? Partner, int BeneficiaryCount, long ValueVnd, Guid? DistributionId = null)
    : ICommand<CharityActivityDto>;

public sealed class CreateCharityActivityValidator : AbstractValidator<CreateCharityActivity>
{
    public CreateCharityActivityValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Title).NotEmpty().MaximumLength(300);
        RuleFor(x => x.Date).MustBeAnActivityDate();
        RuleFor(x => x.Place).MaximumLength(300);
        RuleFor(x => x.Partner).MaximumLength(300);
        RuleFor(x => x.BeneficiaryCount).MustBeABeneficiaryCount();
        RuleFor(x => x.ValueVnd).MustBeAVndValue();
    }
}

public sealed class CreateCharityActivityHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CreateCharityActivity, CharityActivityDto>
{
    public async ValueTask<CharityActivityDto> Handle(CreateCharityActivity command, CancellationToken cancellationToken)
    {
        await CharityRules.EnsureDistributionAsync(db, command.DistributionId, cancellationToken);
        var activity = new CharityActivity
        {
            Id = Guid.NewGuid(), Kind = command.Kind, Title = command.Title.Trim(), Date = command.Date, Place = command.Place?.Trim(),
            Partner = command.Partner?.Trim(), BeneficiaryCount = command.BeneficiaryCount, ValueVnd = command.ValueVnd,
            DistributionId = command.DistributionId, RecordedById = user.UserId, CreatedAt = clock.GetUtcNow(),
        };
        db.CharityActivities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return activity.ToDto();
    }
}
