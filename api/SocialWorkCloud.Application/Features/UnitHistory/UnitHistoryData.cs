using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Facilities;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The UnitHistory area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<UnitStatusChange> UnitStatusChanges => Set<UnitStatusChange>();
}
