using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Counselling;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The Counselling area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<CounsellingSession> CounsellingSessions => Set<CounsellingSession>();
}
