using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Communication;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The Communication area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<CommunicationItem> CommunicationItems => Set<CommunicationItem>();
}
