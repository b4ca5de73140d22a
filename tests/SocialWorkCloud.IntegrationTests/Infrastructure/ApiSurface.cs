using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.IntegrationTests.Infrastructure;

/// <summary>What the guard tests enumerate and compare: the API's routes and the database's state.</summary>
public static class ApiSurface
{
    public sealed record Route(string Method, string Pattern, int ParameterCount)
    {
        public override string ToString() => $"{Method} {Pattern}";
    }

    /// <summary>Every /api route from the endpoint data source, one per HTTP method, as "METHOD /api/v1/…".</summary>
    public static List<Route> Routes(ApiFactory factory) => factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
        .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            .Select(m => new Route(m, e.RoutePattern.RawText!.TrimEnd('/'), e.RoutePattern.Parameters.Count)))
        .Distinct()
        .ToList();

    /// <summary>
    /// A digest of every table: the row count of each entity type in the model, the concurrency
    /// versions of every versioned aggregate, and the few non-versioned flags a request can flip.
    /// Equal before and after means nothing was written. New entities are covered without edits.
    /// </summary>
    public static async Task<string> FingerprintAsync(ApiFactory factory)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var parts = new List<string>();
        // Refresh tokens are session bookkeeping that the probes' own sign-ins rotate, not records;
        // an API client's version moves with its last-use stamp, so only its count and revocations count.
        // Inbox items are written only by the notification job, after the commit, from an outbox message (counted here): a
        // request that raised one shows as that message, and an earlier test's item landing between two fingerprints is not
        // this request's write (it made a bad-input test fail now and then on the shared hosts).
        var recordTypes = db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && t.FindPrimaryKey() is not null && t.ClrType != typeof(RefreshToken) && t.ClrType != typeof(UserSession)
                && t.ClrType != typeof(SocialWorkCloud.Domain.Notifications.Notification))
            .OrderBy(t => t.Name);
        foreach (var entityType in recordTypes)
        {
            var read = typeof(ApiSurface).GetMethod(nameof(DigestAsync), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(entityType.ClrType);
            parts.Add($"{entityType.ClrType.Name}:{await (Task<string>)read.Invoke(null, [db])!}");
        }
        parts.Add($"active users:{await db.Users.CountAsync(u => u.IsActive)}");
        parts.Add($"revoked clients:{await db.ApiClients.CountAsync(c => c.RevokedAt != null)}");
        return string.Join("/", parts);
    }

    private static async Task<string> DigestAsync<T>(AppDbContext db) where T : class
    {
        var rows = db.Set<T>().IgnoreQueryFilters().AsNoTracking();
        var count = await rows.CountAsync();
        if (!typeof(IVersioned).IsAssignableFrom(typeof(T)) || typeof(T) == typeof(ApiClient)) return count.ToString(CultureInfo.InvariantCulture);
        var versions = await rows.Select(e => ((IVersioned)e).Version).ToListAsync();
        return $"{count}#{versions.Order().Aggregate(0, HashCode.Combine)}";
    }
}
