using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Facilities;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The Facilities area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<Facility> Facilities => Set<Facility>();
}
