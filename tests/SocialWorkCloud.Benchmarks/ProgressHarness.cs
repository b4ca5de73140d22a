using System.Diagnostics;
using System.Globalization;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Features.Targets;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Benchmarks;

/// <summary>
/// The province progress table (every indicator of every facility as of a date, against its target) on the
/// generated province: the engine's per-source queries over all its facilities and the target resolution.
/// The generator writes unit histories only, so this measures the cost the facility count puts on the
/// queries (the status subquery and the "facility of the province" filter of each source), not the records'.
/// </summary>
public static class ProgressHarness
{
    public static async Task<int> RunAsync(DatabaseProvider provider, int facilities, int runs)
    {
        await using var database = BenchDatabase.Create(provider);
        Console.WriteLine($"== {provider}: {database.Description}");
        var generated = await database.CreateAsync(new ProvinceGenerator(facilities), CancellationToken.None);
        var asOf = VietnamClock.Today(TimeProvider.System);
        var timings = new List<double>(runs);
        var cells = 0;
        for (var i = -1; i < runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await using (var db = database.NewContext())
            {
                var values = await new IndicatorCalculator(db).ComputeAsync(db.Facilities.Where(f => f.ProvinceId == generated.ProvinceId), asOf, CancellationToken.None);
                var targets = await TargetResolver.LoadAsync(db, generated.ProvinceId, asOf.Year, CancellationToken.None);
                cells = values.Sum(f => targets.Cells(f, asOf).Count);
            }
            stopwatch.Stop();
            if (i >= 0) timings.Add(stopwatch.Elapsed.TotalMilliseconds);
            else Console.WriteLine($"first run {stopwatch.Elapsed.TotalMilliseconds:N1} ms (includes query compilation)");
        }
        timings.Sort();
        var median = timings[timings.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ProvinceProgress ({facilities} facilities, {cells} cells, as of {asOf:yyyy-MM-dd}): {runs} runs  min {timings[0]:F1} ms  median {median:F1} ms  max {timings[^1]:F1} ms"));
        return 0;
    }
}
