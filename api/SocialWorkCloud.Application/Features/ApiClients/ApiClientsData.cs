using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Identity;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The ApiClients area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<ApiClient> ApiClients => Set<ApiClient>();
}
