using System.Diagnostics;
using System.Globalization;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Features.Kpis;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;

namespace SocialWorkCloud.Benchmarks;

/// <summary>
/// The smoke check: generate the province, run each computation a few times with a plain
/// <see cref="Stopwatch"/>, print min/median/max and the figures, and compare the figures with
/// the domain's in-memory reading of the same histories.
/// </summary>
public static class QuickHarness
{
    public static async Task<int> RunAsync(DatabaseProvider provider, int facilities, int runs, bool logSql, bool keep)
    {
        await using var database = BenchDatabase.Create(provider, logSql);
        database.Keep = keep;
        Console.WriteLine($"== {provider}: {database.Description}");
        var generated = await database.CreateAsync(new ProvinceGenerator(facilities), CancellationToken.None);
        foreach (var line in generated.Describe()) Console.WriteLine(line);

        var failures = 0;
        foreach (var (name, asOf) in new[] { ("ComputeProvinceKpis_AsOfToday", VietnamClock.Today(TimeProvider.System)), ("ComputeProvinceKpis_AsOf2020", KpiBenchmarks.PastDate) })
        {
            ProvinceKpis? reference = null;
            foreach (var (variant, compute) in Variants())
            {
                var label = variant.Length == 0 ? name : $"{name} [{variant}]";
                ProvinceKpis? kpis = null;
                var timings = new List<double>(runs);
                // One untimed run first: EF builds the model and compiles the queries once per process.
                for (var i = -1; i < runs; i++)
                {
                    var stopwatch = Stopwatch.StartNew();
                    await using (var db = database.NewContext())
                    {
                        kpis = await compute(db, generated.ProvinceId, asOf);
                    }
                    stopwatch.Stop();
                    if (i >= 0) timings.Add(stopwatch.Elapsed.TotalMilliseconds);
                    if (i == -1) Console.WriteLine($"{label} (as of {asOf:yyyy-MM-dd}): first run {stopwatch.Elapsed.TotalMilliseconds:N1} ms (includes query compilation)");
                }
                timings.Sort();
                var median = timings.Count % 2 == 1 ? timings[timings.Count / 2] : (timings[(timings.Count / 2) - 1] + timings[timings.Count / 2]) / 2;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{label}: {runs} runs  min {timings[0]:F1} ms  median {median:F1} ms  max {timings[^1]:F1} ms  -> {(median < 1000 ? "under" : "OVER")} the 1 s goal"));

                var expected = generated.ExpectedFigures(asOf);
                foreach (var figure in kpis!.Figures)
                {
                    var (num, den) = expected.GetValueOrDefault(Group(figure.Indicator));
                    var sameLaggards = reference is null || reference.Figures.Single(r => r.Indicator == figure.Indicator).Laggards.SequenceEqual(figure.Laggards);
                    var ok = num == figure.Numerator && den == figure.Denominator && sameLaggards;
                    if (!ok) failures++;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {figure.Indicator,-28} {figure.Numerator,6}/{figure.Denominator,-6} = {figure.SharePercent,6}%  target {figure.TargetPercent?.ToString(CultureInfo.InvariantCulture) ?? "-",5}  {figure.State,-9} laggards {figure.Laggards.Count,5}  {(ok ? "matches in-memory" : $"MISMATCH: in-memory {num}/{den}, same laggards as current: {sameLaggards}")}"));
                }
                reference ??= kpis;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    /// <summary>The computations to time: the engine as it is (a place to add candidate rewrites, compared on the same data).</summary>
    private static IEnumerable<(string Name, Func<AppDbContext, Guid, DateOnly, Task<ProvinceKpis>> Compute)> Variants()
    {
        yield return (string.Empty, (db, province, asOf) => new KpiCalculator(db, TimeProvider.System).ComputeAsync(province, asOf, CancellationToken.None));
    }

    private static FacilityGroup Group(Domain.Kpis.KpiIndicator indicator) => indicator switch
    {
        Domain.Kpis.KpiIndicator.PreventiveSocialWorkShare => FacilityGroup.Preventive,
        Domain.Kpis.KpiIndicator.CurativeUnitShare => FacilityGroup.Curative,
        Domain.Kpis.KpiIndicator.CommuneStationShare => FacilityGroup.CommuneStation,
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, null),
    };
}
