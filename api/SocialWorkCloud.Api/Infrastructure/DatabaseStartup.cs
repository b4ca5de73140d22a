using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>Opens once the database is migrated and seeded; jobs, recurring schedules and readiness wait for it.</summary>
public sealed class DatabaseStartupGate
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Ready => _ready.Task;

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    internal void Open() => _ready.TrySetResult();
}

/// <summary>
/// Initialises the database in the background while the server already answers: <c>/health/live</c> is 200 and
/// <c>/health/ready</c> 503 until this is done. A database that cannot be reached is retried with back-off
/// (1 s doubling to 30 s) for as long as the process lives, instead of exiting: the orchestrator's liveness
/// probe stays green, and the replica becomes ready when the database comes back.
/// </summary>
public sealed class DatabaseInitializationService(
    IServiceProvider services, IHostEnvironment environment, IConfiguration configuration, DatabaseStartupGate gate,
    ILogger<DatabaseInitializationService> logger) : BackgroundService
{
    public static readonly TimeSpan MaxBackOff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await DatabaseInitializer.InitializeAsync(services, environment, options.MigrateOnStartup, stoppingToken);
                // The data-protection key ring is created now, not by the first command that protects something: that
                // command holds SQLite's write lock in its transaction, and the key is stored through another context.
                services.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>()
                    .CreateProtector("SocialWorkCloud.Startup").Protect("ready"u8.ToArray());
                HangfireSetup.RegisterRecurringJobs(services, configuration);
                gate.Open();
                logger.LogInformation("Database ready after {Attempts} attempt(s)", attempt);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (TransientFailures.IsTransient(ex))
            {
                logger.LogWarning("Database unreachable at start (attempt {Attempt}): {Reason}; retrying in {Delay}", attempt, ex.Message, delay);
            }
            await Task.Delay(delay, stoppingToken).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            if (stoppingToken.IsCancellationRequested) return;
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxBackOff.Ticks));
        }
    }
}

/// <summary>Readiness: unhealthy until the database is initialised.</summary>
public sealed class DatabaseStartupHealthCheck(DatabaseStartupGate gate) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(gate.IsReady ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The database is not initialised yet."));
}

public static class DatabaseStartupSetup
{
    public const string MigrateCommand = "migrate";

    /// <summary>Readiness probes give up after this long: a hung database makes the replica unready, not the probe stall.</summary>
    public static readonly TimeSpan ReadinessTimeout = TimeSpan.FromSeconds(3);

    /// <summary>Background initialisation and the health checks: live (no check) and ready (initialised, database answers within 3 s).</summary>
    public static IServiceCollection AddDatabaseStartup(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseStartupGate>();
        services.AddHostedService<DatabaseInitializationService>();
        // Data protection's hosted service reads its key ring (a table) as the host starts, before the background
        // initialisation has created that table on a fresh database: an ERR with a stack at every first start.
        // Without it the ring is read on first use (an invitation or reset link). Registered last for that reason.
        foreach (var preload in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "DataProtectionHostedService").ToList())
            services.Remove(preload);
        services.AddHealthChecks()
            .AddCheck<DatabaseStartupHealthCheck>("startup", tags: ["ready"])
            .AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        services.Configure<HealthCheckServiceOptions>(o =>
        {
            foreach (var registration in o.Registrations) registration.Timeout = ReadinessTimeout;
        });
        return services;
    }

    /// <summary>
    /// <c>dotnet SocialWorkCloud.Api.dll migrate</c>: migrates the database and the job store, syncs the reference
    /// data (and seeds the demo data where configured), then exits — the Kubernetes Job / compose one-shot that
    /// runs before the replicas (which then start with <c>Database__MigrateOnStartup=false</c>). Returns false
    /// when the command line asks for the server.
    /// </summary>
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] != MigrateCommand) return false;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SocialWorkCloud.Migrate");
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(30));
            await DatabaseInitializer.InitializeAsync(app.Services, app.Environment, migrate: true, timeout.Token);
            logger.LogInformation("Database migrated and reference data synced");
            Environment.ExitCode = 0;
        }
        catch (Exception ex)
        {
            logger.LogCritical(ex, "Migration failed");
            Environment.ExitCode = 1;
        }
        return true;
    }
}
