using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Outbox;

namespace SocialWorkCloud.Application.Persistence;

public partial class AppDbContext
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
}
