using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.PersonalData;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The personal-data area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<DataSubjectRequest> DataSubjectRequests => Set<DataSubjectRequest>();
    public DbSet<RetentionDueItem> RetentionDueItems => Set<RetentionDueItem>();
}
