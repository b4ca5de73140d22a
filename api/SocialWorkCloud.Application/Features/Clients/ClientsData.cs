using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Clients;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The Clients area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<ClientNameKey> ClientNameKeys => Set<ClientNameKey>();
}
