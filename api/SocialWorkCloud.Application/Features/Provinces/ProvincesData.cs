using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Facilities;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The Provinces area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<Province> Provinces => Set<Province>();
}
