using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Audit;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The Audit area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<PlatformAuditEntry> PlatformAuditEntries => Set<PlatformAuditEntry>();
    public DbSet<ChainHead> ChainHeads => Set<ChainHead>();
}
