namespace SocialWorkCloud.Application.Persistence;

public enum DatabaseProvider
{
    Sqlite = 1,
    SqlServer = 2,
    PostgreSql = 3,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    /// <summary>Apply pending migrations when the API starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;
    /// <summary>Seed the demo province and accounts on an empty database (never in Production).</summary>
    public bool SeedDemoData { get; set; }
}
