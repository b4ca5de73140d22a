using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>A new campaign in draft, or the facility's one standing general fund (open at once).</summary>
[RequiresPermission(Permissions.FundraisingRecord)]
public sealed record CreateCampaign(
    FundKind Kind, string Title, string Purpose, string? Scope, string? Beneficiaries, string? BankAccount, string? GoodsReceptionPlace,
    DateOnly StartDate, DateOnly? EndDate, DateOnly? DistributionDate, long? TargetAmount,
    long? TargetMaximum = null, string? BankBin = null, string? BankAccountNumber = null, string? BankAccountHolder = null)
    : ICommand<CampaignDetail>, ICampaignFields;

public sealed class CreateCampaignValidator : AbstractValidator<CreateCampaign>
{
    public CreateCampaignValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        Include(new CampaignFieldsValidator());
        RuleFor(x => x.EndDate).NotNull().When(x => x.Kind == FundKind.Campaign)
            .WithText("end-date-required");
    }
}

public sealed class CreateCampaignHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IMediator mediator)
    : ICommandHandler<CreateCampaign, CampaignDetail>
{
    public async ValueTask<CampaignDetail> Handle(CreateCampaign command, CancellationToken cancellationToken)
    {
        if (command.Kind == FundKind.GeneralFund && await db.Campaigns.AnyAsync(c => c.Kind == FundKind.GeneralFund, cancellationToken))
        {
            throw new ConflictException("general-fund-exists");
        }
        var campaign = Campaign.Create(Guid.NewGuid(), command.Kind, command.ToDescription(), clock.GetUtcNow(), user.UserId);
        db.Campaigns.Add(campaign);
        db.FundBalances.Add(new FundBalance { CampaignId = campaign.Id });
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetCampaign(campaign.Id), cancellationToken);
    }
}
