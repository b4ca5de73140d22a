using System.Globalization;
using BenchmarkDotNet.Running;
using SocialWorkCloud.Benchmarks;

// Usage (see README.md):
//   --quick [--runs N] [--facilities N] [--sql] [--keep]   Stopwatch smoke check: generate, time, print the figures
//                                                (--sql logs each SQL command with its time; --keep leaves the database).
//   --client-search [--clients N] [--runs N]     Client search over one facility's N clients (default 1,000,000): p50/p95.
//   [BenchmarkDotNet arguments, e.g. --filter *AsOf2020*]   The BenchmarkDotNet run (the default).
// SQLite always; PostgreSQL as well when SWC_BENCH_PG holds a connection string.
if (args.Contains("--client-search"))
{
    var clients = IntOption("--clients", 1_000_000);
    var exit = 0;
    foreach (var provider in BenchDatabase.Available())
    {
        exit |= await ClientSearchHarness.RunAsync(provider, clients, IntOption("--runs", 20), args.Contains("--sql"));
    }
    return exit;
}

if (args.Contains("--quick"))
{
    var runs = IntOption("--runs", 10);
    var facilities = IntOption("--facilities", ProvinceGenerator.DefaultFacilityCount);
    var exit = 0;
    foreach (var provider in BenchDatabase.Available())
    {
        exit |= await QuickHarness.RunAsync(provider, facilities, runs, args.Contains("--sql"), args.Contains("--keep"));
    }
    return exit;
}

var summary = BenchmarkRunner.Run<KpiBenchmarks>(args: args);
return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;

int IntOption(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
