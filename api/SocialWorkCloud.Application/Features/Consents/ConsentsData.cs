using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Consents;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The Consents area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();
}
