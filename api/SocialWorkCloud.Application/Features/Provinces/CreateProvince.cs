using SocialWorkCloud.Application.Common.Auditing;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;

namespace SocialWorkCloud.Application.Features.Provinces;

/// <summary>Onboards a province (its Health Department).</summary>
[RequiresPermission(Permissions.ProvincesManage)]
public sealed record CreateProvince(string Code, string Name) : ICommand<ProvinceSummary>;

public sealed class CreateProvinceValidator : AbstractValidator<CreateProvince>
{
    public CreateProvinceValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(16).Matches("^[A-Za-z0-9-]+$");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
    }
}

public sealed class CreateProvinceHandler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<CreateProvince, ProvinceSummary>
{
    public async ValueTask<ProvinceSummary> Handle(CreateProvince command, CancellationToken cancellationToken)
    {
        var code = command.Code.Trim().ToUpperInvariant();
        if (await db.Provinces.AnyAsync(p => p.Code == code, cancellationToken))
        {
            throw new ConflictException("province-code-exists", code);
        }
        var province = new Province { Id = Guid.NewGuid(), Code = code, Name = command.Name.Trim(), CreatedAt = clock.GetUtcNow() };
        db.Provinces.Add(province);
        db.AuditPlatform(user, clock, "province.create", "Province", province.Id, province.Code);
        await db.SaveChangesAsync(cancellationToken);
        return new ProvinceSummary(province.Id, province.Code, province.Name, 0, 0, 0);
    }
}
