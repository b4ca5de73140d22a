using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Imports;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The Imports area's table: the history of committed imports.</summary>
public partial class AppDbContext
{
    public DbSet<ImportRecord> ImportRecords => Set<ImportRecord>();
}
