using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>Edits a donor's contact or public-anonymity wish; send the version you read (409 when stale).</summary>
[RequiresPermission(Permissions.FundraisingRecord)]
public sealed record UpdateDonor(
    [property: JsonIgnore] Guid DonorId, Guid Version, DonorKind Kind, string Name, string? Phone, string? Email, string? Address,
    bool IsAnonymousInPublic, string? Note, string? CommuneCode = null) : ICommand<DonorDetail>, IDonorFields;

public sealed class UpdateDonorValidator : AbstractValidator<UpdateDonor>
{
    public UpdateDonorValidator() => Include(new DonorFieldsValidator());
}

public sealed class UpdateDonorHandler(AppDbContext db, IMediator mediator) : ICommandHandler<UpdateDonor, DonorDetail>
{
    public async ValueTask<DonorDetail> Handle(UpdateDonor command, CancellationToken cancellationToken)
    {
        var donor = await db.Donors.SingleOrDefaultAsync(d => d.Id == command.DonorId, cancellationToken)
            ?? throw new NotFoundException("Donor", command.DonorId);
        db.Entry(donor).Property(d => d.Version).OriginalValue = command.Version;
        donor.Apply(command);
        donor.CommuneCode = (await Places.PlaceRules.CommuneAsync(db, command.CommuneCode, cancellationToken))?.Code;
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetDonor(donor.Id), cancellationToken);
    }
}
