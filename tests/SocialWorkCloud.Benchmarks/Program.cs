using System.Globalization;
using BenchmarkDotNet.Running;
using SocialWorkCloud.Benchmarks;

// Usage (see README.md):
//   --quick [--runs N] [--facilities N] [--sql] [--keep]   Stopwatch smoke check: generate, time, print the figures
//                                                (--sql logs each SQL command with its time; --keep leaves the database).
//   --client-search [--clients N] [--runs N]     Client search over one facility's N clients (default 1,000,000): p50/p95.
//   [BenchmarkDotNet arguments, e.g. --filter *AsOf2020*]   The BenchmarkDotNet run (the default).
//   --tally [--url U] [--seconds N] [--batch N] [--clients N]   Load on the reception batch endpoint of a running API
//                                                (run-tally-benchmark.sh starts one).
// SQLite always; PostgreSQL as well when SWC_BENCH_PG holds a connection string.
//   --progress [--facilities N] [--runs N]        The province progress table (every indicator of every facility) on the generated province.
//   --ledger [--entries N] [--writers N] [--receipts N] [--runs N] [--sql] [--keep]   The fundraising ledger: concurrent receipts, statement and check.
//   --report [--contacts N] [--runs N]           The annual report's generation for a hospital with N reception contacts a year.
//   --bare --url U --pg CONN --facility ID --user ID   The bare endpoints of the pipeline benchmark (run-pipeline-benchmark.sh starts it).
//   --import [--rows N]                           The clients import (dry run, commit, same file again) of N rows (default 50,000).
if (args.Contains("--bare"))
{
    return await SocialWorkCloud.Benchmarks.Pipeline.BareHost.RunAsync(args);
}
if (args.Contains("--import"))
{
    var exit = 0;
    foreach (var provider in BenchDatabase.Available())
    {
        exit |= await ImportHarness.RunAsync(provider, IntOption("--rows", 50_000));
    }
    return exit;
}
if (args.Contains("--report"))
{
    var exit = 0;
    foreach (var provider in BenchDatabase.Available())
    {
        exit |= await ReportHarness.RunAsync(provider, IntOption("--contacts", 200_000), IntOption("--runs", 10));
    }
    return exit;
}
if (args.Contains("--ledger"))
{
    var exit = 0;
    foreach (var provider in BenchDatabase.Available())
    {
        exit |= await LedgerHarness.RunAsync(provider, IntOption("--entries", 50_000), IntOption("--writers", 16), IntOption("--receipts", 25), IntOption("--runs", 5), args.Contains("--sql"), args.Contains("--keep"));
    }
    return exit;
}
if (args.Contains("--tally"))
{
    var url = Array.IndexOf(args, "--url") is var u and >= 0 ? args[u + 1] : "http://127.0.0.1:5099";
    return await TallyHarness.RunAsync(url, IntOption("--seconds", 20), IntOption("--batch", 1000), IntOption("--clients", 2));
}
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

if (args.Contains("--progress"))
{
    var exit = 0;
    foreach (var provider in BenchDatabase.Available())
    {
        exit |= await ProgressHarness.RunAsync(provider, IntOption("--facilities", ProvinceGenerator.DefaultFacilityCount), IntOption("--runs", 10));
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
