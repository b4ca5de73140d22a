using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Fundraising;

public sealed record FundraisingSettingsDto(long? ApprovalThreshold, long? YearlyTarget, Guid? Version);

/// <summary>The facility's approval threshold and yearly target (none set: no approvals needed, no target).</summary>
[RequiresPermission(Permissions.FundraisingRead)]
public sealed record GetFundraisingSettings : IQuery<FundraisingSettingsDto>;

public sealed class GetFundraisingSettingsHandler(AppDbContext db) : IQueryHandler<GetFundraisingSettings, FundraisingSettingsDto>
{
    public async ValueTask<FundraisingSettingsDto> Handle(GetFundraisingSettings query, CancellationToken cancellationToken) =>
        await db.FundraisingSettings.AsNoTracking().Select(s => new FundraisingSettingsDto(s.ApprovalThreshold, s.YearlyTarget, s.Version))
            .FirstOrDefaultAsync(cancellationToken) ?? new FundraisingSettingsDto(null, null, null);
}
