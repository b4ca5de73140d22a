using System.Text.Json;

namespace SocialWorkCloud.IntegrationTests.Infrastructure;

/// <summary>Waiting for a periodic report's generation run (it runs after the command's commit).</summary>
internal static class ReportRuns
{
    /// <summary>Polls the run until it succeeded and returns its report's id; a failed run fails the test at once.</summary>
    public static async Task<Guid> WaitForReportIdAsync(HttpClient client, Guid runId)
    {
        for (var i = 0; i < 600; i++)
        {
            var run = await (await client.GetAsync($"/api/v1/reports/runs/{runId}")).ReadAsync<JsonElement>();
            var status = run.GetProperty("status").GetString();
            status.ShouldNotBe("Failed", run.ToString());
            if (status == "Succeeded") return run.GetProperty("reportId").GetGuid();
            await Task.Delay(100);
        }
        throw new TimeoutException($"Report run {runId} did not finish.");
    }
}
