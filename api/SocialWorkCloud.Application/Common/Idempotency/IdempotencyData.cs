using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Idempotency;

namespace SocialWorkCloud.Application.Persistence;

public partial class AppDbContext
{
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
}
