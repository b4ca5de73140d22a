using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Identity;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The Auth area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<MfaRecoveryCode> MfaRecoveryCodes => Set<MfaRecoveryCode>();
    public DbSet<DashboardTicket> DashboardTickets => Set<DashboardTicket>();
}
