using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using SocialWorkCloud.Api.Infrastructure;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Hosting;

/// <summary>The API on SQLite with every log event captured.</summary>
public sealed class LogCapturingApiFactory : SqliteApiFactory
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(new Sink(Events)));
    }

    private sealed class Sink(ConcurrentQueue<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }
}

/// <summary>
/// One request, one log line with the status the client got: a 404 is an Information line saying 404,
/// never an error "responded 500" with a stack trace; the line names the trace id, user and facility.
/// </summary>
public sealed class RequestLoggingTests(LogCapturingApiFactory factory) : IClassFixture<LogCapturingApiFactory>
{
    private static string? Scalar(LogEvent e, string name) =>
        e.Properties.TryGetValue(name, out var value) && value is ScalarValue { Value: { } v } ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    private async Task<LogEvent> RequestLineAsync(string path)
    {
        for (var i = 0; i < 50; i++)
        {
            var line = factory.Events.FirstOrDefault(e => e.MessageTemplate.Text == RequestLogging.MessageTemplate && Scalar(e, "RequestPath") == path);
            if (line is not null) return line;
            await Task.Delay(100);
        }
        throw new ShouldAssertException($"No request log line for {path}");
    }

    [Fact]
    public async Task A_not_found_is_logged_at_information_with_its_status_trace_user_and_facility()
    {
        var province = await factory.World.NewProvinceAsync("Tỉnh nhật ký");
        var facility = await factory.World.NewFacilityAsync(province, FacilityType.PublicHospital, "BV nhật ký");
        var email = $"head-{Guid.NewGuid():N}@test.vn";
        var userId = await factory.World.NewUserAsync(email, UserRole.FacilityAdmin, facility, null);
        using var client = await factory.World.ClientForAsync(email);
        var path = $"/api/v1/reports/{Guid.NewGuid()}";

        var problem = await (await client.GetAsync(path)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var line = await RequestLineAsync(path);
        line.Level.ShouldBe(LogEventLevel.Information);
        Scalar(line, "StatusCode").ShouldBe("404");
        line.Exception.ShouldBeNull();
        Scalar(line, "TraceId").ShouldBe(problem.GetProperty("traceId").GetString());
        Scalar(line, "UserId").ShouldBe(userId.ToString());
        Scalar(line, "FacilityId").ShouldBe(facility.ToString());
        line.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("responded 404");
        Scalar(line, "RequestMethod").ShouldBe("GET");
        Scalar(line, "SourceContext").ShouldBe(RequestLogging.SourceContext);
        line.TraceId.ShouldNotBeNull();
        // The caller's trace id is the one every log line of the request carries.
        Scalar(line, "TraceId").ShouldBe(line.TraceId.Value.ToHexString());
        factory.Events.ShouldNotContain(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("responded 500", StringComparison.Ordinal));
        factory.Events.ShouldNotContain(e => e.Level >= LogEventLevel.Error && e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_anonymous_refusal_is_logged_at_information_too()
    {
        using var client = factory.World.Anonymous();
        var path = $"/api/v1/reports/{Guid.NewGuid()}";
        (await client.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var line = await RequestLineAsync(path);
        line.Level.ShouldBe(LogEventLevel.Information);
        Scalar(line, "StatusCode").ShouldBe("401");
        Scalar(line, "UserId").ShouldBeNull();
    }
}
