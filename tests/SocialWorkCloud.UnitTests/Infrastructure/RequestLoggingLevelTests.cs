using Microsoft.AspNetCore.Http;
using Serilog.Events;
using SocialWorkCloud.Api.Infrastructure;

namespace SocialWorkCloud.UnitTests.Infrastructure;

public class RequestLoggingLevelTests
{
    private static DefaultHttpContext Context(int status, bool aborted = false)
    {
        var http = new DefaultHttpContext();
        http.Response.StatusCode = status;
        if (aborted)
        {
            using var cts = new CancellationTokenSource();
            cts.Cancel();
            http.RequestAborted = cts.Token;
        }
        return http;
    }

    [Theory]
    [InlineData(200)]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(422)]
    public void Answers_below_500_are_information(int status) =>
        RequestLogging.Level(Context(status), 12, null).ShouldBe(LogEventLevel.Information);

    [Fact]
    public void A_request_the_client_cancelled_is_information() =>
        RequestLogging.Level(Context(499, aborted: true), 12, null).ShouldBe(LogEventLevel.Information);

    [Fact]
    public void A_server_failure_is_an_error()
    {
        RequestLogging.Level(Context(500), 12, null).ShouldBe(LogEventLevel.Error);
        RequestLogging.Level(Context(200), 12, new InvalidOperationException()).ShouldBe(LogEventLevel.Error);
    }
}
