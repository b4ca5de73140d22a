using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Supervision;

namespace SocialWorkCloud.Application.Features.Supervision;

/// <summary>The province officer adds a recommendation (kiến nghị) with its due date to a visit that is not closed.</summary>
[RequiresPermission(Permissions.SupervisionManage)]
public sealed record AddRecommendation([property: JsonIgnore] Guid VisitId, string Text, DateOnly DueOn) : ICommand<VisitDto>;

public sealed class AddRecommendationValidator : AbstractValidator<AddRecommendation>
{
    public AddRecommendationValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithText("recommendation-text-required").MaximumLength(2000);
        RuleFor(x => x.DueOn).MustBeAnActivityDate();
    }
}

public sealed class AddRecommendationHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AddRecommendation, VisitDto>
{
    public async ValueTask<VisitDto> Handle(AddRecommendation command, CancellationToken cancellationToken)
    {
        var visit = await SupervisionScope.ManagedVisitAsync(db, user, command.VisitId, cancellationToken);
        var last = await db.SupervisionRecommendations.Where(r => r.VisitId == visit.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        db.SupervisionRecommendations.Add(visit.AddRecommendation(Guid.NewGuid(), last + 1, command.Text, command.DueOn));
        await db.SaveChangesAsync(cancellationToken);
        return await GetSupervisionVisitHandler.ReadAsync(db, user, clock, visit.Id, cancellationToken);
    }
}
