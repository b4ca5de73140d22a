using SocialWorkCloud.Application.Common.Security;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>
/// The facility whose rows the current unit of work may see and write. It follows the caller;
/// background jobs and platform onboarding enter a facility explicitly with <see cref="Enter"/>.
/// </summary>
public sealed class TenantScope(ICurrentUser user)
{
    private Guid? _override;

    public Guid? FacilityId => _override ?? user.FacilityId;

    public IDisposable Enter(Guid facilityId)
    {
        var previous = _override;
        _override = facilityId;
        return new Exit(() => _override = previous);
    }

    private sealed class Exit(Action onDispose) : IDisposable
    {
        public void Dispose() => onDispose();
    }
}
