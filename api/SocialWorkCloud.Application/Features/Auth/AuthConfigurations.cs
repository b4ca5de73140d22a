using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Kpis;

namespace SocialWorkCloud.Application.Features.Auth;

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> b)
    {
        b.ToTable("RefreshTokens");
        b.Property(t => t.TokenHash).HasMaxLength(64);
        b.Property(t => t.RevokedReason).HasMaxLength(200);
        b.HasIndex(t => t.TokenHash).IsUnique();
        b.HasIndex(t => t.FamilyId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.ToTable("UserSessions");
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.EndedReason).HasMaxLength(200);
        b.HasIndex(s => s.UserId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MfaRecoveryCodeConfiguration : IEntityTypeConfiguration<MfaRecoveryCode>
{
    public void Configure(EntityTypeBuilder<MfaRecoveryCode> b)
    {
        b.ToTable("MfaRecoveryCodes");
        b.Property(c => c.CodeHash).HasMaxLength(64);
        b.HasIndex(c => new { c.UserId, c.CodeHash }).IsUnique();
        b.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DashboardTicketConfiguration : IEntityTypeConfiguration<DashboardTicket>
{
    public void Configure(EntityTypeBuilder<DashboardTicket> b)
    {
        b.ToTable("DashboardTickets");
        b.Property(t => t.TicketHash).HasMaxLength(64);
        b.HasIndex(t => t.TicketHash).IsUnique();
        b.HasIndex(t => t.ExpiresAt);
        b.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
