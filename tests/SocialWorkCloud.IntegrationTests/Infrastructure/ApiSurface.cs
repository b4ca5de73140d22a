using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Persistence;

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

    /// <summary>A digest of every table a refused request could touch; equal before and after means nothing was written.</summary>
    public static async Task<string> FingerprintAsync(ApiFactory factory)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var facilities = await db.Facilities.OrderBy(f => f.Id).Select(f => f.Name + f.Version).ToListAsync();
        return string.Join("/",
            await db.Provinces.CountAsync(), await db.Facilities.CountAsync(), await db.UnitStatusChanges.IgnoreTenant().CountAsync(),
            await db.KpiRuns.CountAsync(), await db.Users.CountAsync(), await db.Users.CountAsync(u => u.IsActive),
            await db.ApiClients.CountAsync(), await db.ApiClients.CountAsync(c => c.RevokedAt != null),
            facilities.Aggregate(0, (h, s) => HashCode.Combine(h, s)),
            await db.ReceptionPoints.IgnoreTenant().CountAsync(), await db.ReceptionTallies.IgnoreTenant().CountAsync(),
            await db.IdempotentRequests.IgnoreTenant().CountAsync(), await db.Departments.IgnoreTenant().CountAsync(),
            await db.StaffMembers.IgnoreTenant().CountAsync(), string.Join(",", await db.StaffMembers.IgnoreTenant().OrderBy(m => m.Id).Select(m => m.Version).ToListAsync()),
            await db.PracticeCertificates.IgnoreTenant().CountAsync(), await db.PracticeCertificates.IgnoreTenant().CountAsync(c => c.ScanContent != null && c.ScanContent.Length > 3),
            await db.Collaborators.IgnoreTenant().CountAsync(), await db.TrainingCourses.IgnoreTenant().CountAsync(),
            await db.TrainingParticipants.IgnoreTenant().CountAsync(), await db.TrainingSettings.IgnoreTenant().CountAsync(),
            await db.CommunicationItems.IgnoreTenant().CountAsync(), await db.CharitySchedules.IgnoreTenant().CountAsync(),
            await db.CharityActivities.IgnoreTenant().CountAsync());
    }
}
