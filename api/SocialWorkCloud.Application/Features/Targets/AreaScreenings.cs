using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Targets;

namespace SocialWorkCloud.Application.Features.Targets;

/// <param name="Version">Null until the station first declares the year's figures.</param>
public sealed record AreaScreeningDto(int Year, int? ChildrenInSpecialCircumstances, int? PeopleInHardship, DateTimeOffset? UpdatedAt, Guid? Version);

/// <summary>What the station declared for its area for a year (empty figures until it declares).</summary>
[RequiresPermission(Permissions.PlansRead)]
public sealed record GetAreaScreening(int Year) : IQuery<AreaScreeningDto>;

public sealed class GetAreaScreeningValidator : AbstractValidator<GetAreaScreening>
{
    public GetAreaScreeningValidator() => RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
}

public sealed class GetAreaScreeningHandler(AppDbContext db) : IQueryHandler<GetAreaScreening, AreaScreeningDto>
{
    public async ValueTask<AreaScreeningDto> Handle(GetAreaScreening query, CancellationToken cancellationToken)
    {
        var row = await db.AreaScreenings.AsNoTracking().SingleOrDefaultAsync(s => s.Year == query.Year, cancellationToken);
        return row is null ? new AreaScreeningDto(query.Year, null, null, null, null) : AreaScreenings.ToDto(row);
    }
}

/// <summary>
/// The station declares (or corrects) how many children in special circumstances and people in hardship it counted in
/// its area for the year: the denominators of the ward plan's shares. Send the version you read to correct (409 when stale).
/// </summary>
[RequiresPermission(Permissions.PlansWrite)]
public sealed record SaveAreaScreening(int Year, int ChildrenInSpecialCircumstances, int? PeopleInHardship, Guid? Version)
    : ICommand<AreaScreeningDto>;

public sealed class SaveAreaScreeningValidator : AbstractValidator<SaveAreaScreening>
{
    public SaveAreaScreeningValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.ChildrenInSpecialCircumstances).InclusiveBetween(0, 1_000_000);
        RuleFor(x => x.PeopleInHardship).InclusiveBetween(0, 10_000_000);
    }
}

public sealed class SaveAreaScreeningHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<SaveAreaScreening, AreaScreeningDto>
{
    public async ValueTask<AreaScreeningDto> Handle(SaveAreaScreening command, CancellationToken cancellationToken)
    {
        var type = await db.Facilities.AsNoTracking().Where(f => f.Id == user.FacilityId).Select(f => (FacilityType?)f.Type).SingleOrDefaultAsync(cancellationToken);
        // Only a commune/ward station has an area to screen (a hospital's patients come from everywhere).
        if (type is not FacilityType.CommuneHealthStation) throw new BusinessRuleException("area-screening-station-only");
        if (command.Year > VietnamClock.Today(clock).Year + 1) throw new BusinessRuleException("area-screening-year-future", command.Year);

        var row = await db.AreaScreenings.SingleOrDefaultAsync(s => s.Year == command.Year, cancellationToken);
        if (row is null)
        {
            // A second first declaration of the same year (two tabs) is the unique index's 409, not a second row.
            if (command.Version is not null) throw new ConflictException("stale-version");
            row = new AreaScreening { Id = Guid.NewGuid(), Year = command.Year };
            db.AreaScreenings.Add(row);
        }
        else
        {
            if (command.Version is null) throw new ConflictException("stale-version");
            db.Entry(row).Property(s => s.Version).OriginalValue = command.Version.Value;
        }
        row.ChildrenInSpecialCircumstances = command.ChildrenInSpecialCircumstances;
        row.PeopleInHardship = command.PeopleInHardship;
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedBy = user.UserId;
        await db.SaveChangesAsync(cancellationToken);
        return AreaScreenings.ToDto(row);
    }
}

internal static class AreaScreenings
{
    public static AreaScreeningDto ToDto(AreaScreening s) => new(s.Year, s.ChildrenInSpecialCircumstances, s.PeopleInHardship, s.UpdatedAt, s.Version);
}
