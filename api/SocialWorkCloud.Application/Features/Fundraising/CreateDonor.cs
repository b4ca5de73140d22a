using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>A donor (nhà hảo tâm): a person or an organisation, who may ask to stay anonymous in public.</summary>
[RequiresPermission(Permissions.FundraisingRecord)]
public sealed record CreateDonor(DonorKind Kind, string Name, string? Phone, string? Email, string? Address, bool IsAnonymousInPublic, string? Note, string? CommuneCode = null)
    : ICommand<DonorSummary>, IDonorFields;

public sealed class CreateDonorValidator : AbstractValidator<CreateDonor>
{
    public CreateDonorValidator() => Include(new DonorFieldsValidator());
}

public sealed class CreateDonorHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<CreateDonor, DonorSummary>
{
    public async ValueTask<DonorSummary> Handle(CreateDonor command, CancellationToken cancellationToken)
    {
        var donor = new Donor { Id = Guid.NewGuid(), Name = string.Empty, SearchName = string.Empty, CreatedAt = clock.GetUtcNow() };
        donor.Apply(command);
        donor.CommuneCode = (await Places.PlaceRules.CommuneAsync(db, command.CommuneCode, cancellationToken))?.Code;
        db.Donors.Add(donor);
        await db.SaveChangesAsync(cancellationToken);
        return new DonorSummary(donor.Id, donor.Kind, donor.Name, donor.Phone, donor.Email, donor.Address, donor.IsAnonymousInPublic, donor.Note, 0, 0, 0, donor.Version, donor.CommuneCode);
    }
}
