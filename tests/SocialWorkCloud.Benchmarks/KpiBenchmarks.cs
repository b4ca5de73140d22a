using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Features.Kpis;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Benchmarks;

/// <summary>
/// A short in-process job (no separate build): 1 launch, 2 warm-up and 10 measured iterations, with the
/// median reported next to the mean.
/// </summary>
public sealed class KpiBenchmarkConfig : ManualConfig
{
    public KpiBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(10)
            .WithId("Short-InProcess"));
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
        AddDiagnoser(MemoryDiagnoser.Default);
        WithOptions(ConfigOptions.JoinSummary);
    }
}

/// <summary>
/// <see cref="KpiCalculator.ComputeAsync"/> on a generated province of 10,000 facilities with ten years of
/// unit history, as of today (Vietnam) and as of 31/12/2020. Each invocation builds a fresh
/// <see cref="AppDbContext"/>, as a request or a job does.
/// </summary>
[Config(typeof(KpiBenchmarkConfig))]
public class KpiBenchmarks
{
    public static readonly DateOnly PastDate = new(2020, 12, 31);

    private BenchDatabase _database = null!;
    private Guid _provinceId;
    private DateOnly _today;

    [ParamsSource(nameof(Databases))]
    public DatabaseProvider Database { get; set; }

    public static IEnumerable<DatabaseProvider> Databases => BenchDatabase.Available();

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _database = BenchDatabase.Create(Database);
        var generated = await _database.CreateAsync(new ProvinceGenerator(), CancellationToken.None);
        _provinceId = generated.ProvinceId;
        _today = VietnamClock.Today(TimeProvider.System);
        Console.WriteLine($"// {_database.Description}");
        foreach (var line in generated.Describe()) Console.WriteLine("// " + line);
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _database.DisposeAsync();

    [Benchmark]
    public async Task<ProvinceKpis> ComputeProvinceKpis_AsOfToday()
    {
        await using var db = _database.NewContext();
        return await new KpiCalculator(db, TimeProvider.System).ComputeAsync(_provinceId, _today, CancellationToken.None);
    }

    [Benchmark]
    public async Task<ProvinceKpis> ComputeProvinceKpis_AsOf2020()
    {
        await using var db = _database.NewContext();
        return await new KpiCalculator(db, TimeProvider.System).ComputeAsync(_provinceId, PastDate, CancellationToken.None);
    }
}
