using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Charity;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The Charity area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<CharitySchedule> CharitySchedules => Set<CharitySchedule>();
    public DbSet<CharityActivity> CharityActivities => Set<CharityActivity>();
}
