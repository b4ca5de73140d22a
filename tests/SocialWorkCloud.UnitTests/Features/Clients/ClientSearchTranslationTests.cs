using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Api.Infrastructure;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Clients;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.UnitTests.Architecture;

namespace SocialWorkCloud.UnitTests.Features.Clients;

/// <summary>
/// The name search's two capped counts are one statement on every provider (SQL Server has no database in the integration
/// runs on PostgreSQL and SQLite: its translation is checked here without one): each way with its own seek and its own limit,
/// put together with UNION ALL and summed.
/// </summary>
public class ClientSearchTranslationTests
{
    [Theory]
    [MemberData(nameof(TenancyGuardTests.Providers), MemberType = typeof(TenancyGuardTests))]
    public void The_two_capped_counts_are_one_statement(DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        PersistenceSetup.Configure(options, provider, provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=:memory:",
            DatabaseProvider.SqlServer => "Server=localhost;Database=search;TrustServerCertificate=True",
            _ => "Host=localhost;Database=search",
        });
        var scope = new TenantScope(new NobodySignedIn());
        using var facility = scope.Enter(Guid.NewGuid());
        using var db = AppDbContext.ForTenant(options.Options, scope);
        var (byFullName, byLaterParts) = ClientSearch.NameMatches(db.Clients.AsNoTracking(), db.ClientNameKeys.AsNoTracking(), "thu ha");
        var counts = ClientSearch.CappedNameCounts(byFullName, byLaterParts);

        var union = counts.ToQueryString();
        union.ShouldContain("UNION ALL");
        union.Split(provider == DatabaseProvider.SqlServer ? "TOP(" : "LIMIT ").Length.ShouldBe(3, union);
        union.ShouldContain("'thu ha'");
        // The sum over it (a terminal operator, which ToQueryString cannot show at the top) translates too.
        db.Clients.Select(c => counts.Sum()).ToQueryString().ShouldContain("SUM(");
    }
}
