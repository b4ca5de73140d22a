using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SocialWorkCloud.Benchmarks;

/// <summary>
/// Load on the reception batch endpoint over real HTTP: a running API (see run-tally-benchmark.sh),
/// signed in as the demo unit head, a fresh reception point, then several clients posting batches
/// of new tally entries for a while. Prints entries accepted per second and the batch latencies, and
/// checks the API's own count equals what was sent (nothing lost, nothing doubled).
/// </summary>
public static class TallyHarness
{
    public static async Task<int> RunAsync(string baseUrl, int seconds, int batchSize, int concurrency)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };
        var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = "hospital.admin@demo.vn", password = "Demo@2026" });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var point = await http.PostAsJsonAsync("/api/v1/reception/points", new { name = $"Quầy đo tải {DateTime.UtcNow:HHmmss}" });
        point.EnsureSuccessStatusCode();
        var pointId = (await point.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        string[] kinds = ["Guidance", "AdministrativeHelp", "Information", "WheelchairEscort", "CaseHandover"];
        var occurredAt = DateTimeOffset.UtcNow.AddMinutes(-1);

        object Batch() => new
        {
            entries = Enumerable.Range(0, batchSize).Select(i => new { id = Guid.NewGuid(), pointId, kind = kinds[i % kinds.Length], occurredAt }).ToArray(),
        };

        // Warm-up: EF compiles its queries and the connection pool fills.
        for (var i = 0; i < 3; i++) (await http.PostAsJsonAsync("/api/v1/reception/tallies", Batch())).EnsureSuccessStatusCode();
        var warmUp = 3 * batchSize;

        var latencies = new List<double>();
        var accepted = 0L;
        var failures = 0;
        var clock = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (clock.Elapsed < until)
            {
                var body = JsonContent.Create(Batch());
                await body.LoadIntoBufferAsync();
                var sent = Stopwatch.StartNew();
                using var response = await http.PostAsync("/api/v1/reception/tallies", body);
                sent.Stop();
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                    continue;
                }
                var result = await response.Content.ReadFromJsonAsync<JsonElement>();
                Interlocked.Add(ref accepted, result.GetProperty("accepted").GetInt32());
                lock (latencies) latencies.Add(sent.Elapsed.TotalMilliseconds);
            }
        }));
        clock.Stop();

        latencies.Sort();
        var perSecond = accepted / clock.Elapsed.TotalSeconds;
        var today = VietnamClock.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var yesterday = VietnamClock.Today().AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var counts = await http.GetFromJsonAsync<JsonElement>($"/api/v1/reception/counts?granularity=Year&from={yesterday}&to={today}");
        var counted = counts.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("pointId").GetGuid() == pointId).Sum(r => r.GetProperty("count").GetInt64());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"POST /api/v1/reception/tallies: {concurrency} clients x batches of {batchSize} for {clock.Elapsed.TotalSeconds:F1} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {accepted:N0} entries accepted in {latencies.Count} batches ({failures} failed)  ->  {perSecond:N0} entries/s  ({(perSecond >= 5000 ? "meets" : "BELOW")} the 5,000/s goal)"));
        if (latencies.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  batch latency: median {latencies[latencies.Count / 2]:F1} ms  p95 {latencies[(int)(latencies.Count * 0.95)]:F1} ms  max {latencies[^1]:F1} ms"));
        }
        var consistent = counted == accepted + warmUp;
        Console.WriteLine($"  the API counts {counted:N0} for the point (sent {accepted + warmUp:N0} including the warm-up): {(consistent ? "consistent" : "MISMATCH")}");
        return failures == 0 && consistent && perSecond >= 5000 ? 0 : 1;
    }
}
