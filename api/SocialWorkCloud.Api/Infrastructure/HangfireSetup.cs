using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Cases;
using SocialWorkCloud.Application.Features.Kpis;
using SocialWorkCloud.Application.Features.Targets;
using SocialWorkCloud.Application.Features.Workforce;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Api.Infrastructure;

public sealed class HangfireSettings
{
    public const string Section = "Hangfire";
    /// <summary>Run a job server in this process (off for a web-only node).</summary>
    public bool RunServer { get; set; } = true;
    /// <summary>Cron of the nightly KPI run, in Vietnam time.</summary>
    public string NightlyKpiCron { get; set; } = "30 1 * * *";
    /// <summary>Cron of the daily practice-certificate check, in Vietnam time.</summary>
    public string DailyCertificateCron { get; set; } = "0 6 * * *";
    public int WorkerCount { get; set; } = 2;
    /// <summary>Cron of the daily follow-up job (overdue tasks, plans past review), in Vietnam time.</summary>
    public string DailyCaseFollowUpCron { get; set; } = "0 1 * * *";
    /// <summary>Cron of the outbox sweep, which dispatches messages committed but never dispatched (a crash between commit and enqueue).</summary>
    public string OutboxSweepCron { get; set; } = "* * * * *";
}

public static class HangfireSetup
{
    private static readonly PostgreSqlStorageOptions PostgreSqlOptions = new() { PrepareSchemaIfNecessary = true, QueuePollInterval = TimeSpan.FromSeconds(1) };

    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var settings = configuration.GetSection(HangfireSettings.Section).Get<HangfireSettings>() ?? new HangfireSettings();
        var connection = configuration.GetConnectionString("Default");

        // Each host owns its storage instance (registered before AddHangfire, which then keeps it), so
        // two hosts in one process — the integration tests run a PostgreSQL and a SQLite API side by side —
        // never share Hangfire's static JobStorage.Current.
        services.AddSingleton<JobStorage>(_ => database.Provider switch
        {
            DatabaseProvider.SqlServer => new Hangfire.SqlServer.SqlServerStorage(connection,
                new Hangfire.SqlServer.SqlServerStorageOptions { PrepareSchemaIfNecessary = true, QueuePollInterval = TimeSpan.FromSeconds(1) }),
            DatabaseProvider.PostgreSql => new PostgreSqlStorage(
                new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(connection!, PostgreSqlOptions),
                PostgreSqlOptions),
            // No SQLite storage restores here; the embedded mode keeps jobs in memory (recurring jobs re-register at start).
            _ => new Hangfire.InMemory.InMemoryStorage(),
        });
        // Likewise the job activator: Hangfire's default is the static JobActivator.Current, which the
        // last configured host overwrites — a job would then run in another host's services and database.
        services.AddSingleton<JobActivator>(sp => new Hangfire.AspNetCore.AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        if (settings.RunServer)
        {
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = settings.WorkerCount;
                o.SchedulePollingInterval = TimeSpan.FromSeconds(5);
            });
        }
        // Work leaves a command's transaction through the outbox: handlers of outbox messages are discovered.
        services.AddOutbox();
        services.AddScoped<KpiCalculator>();
        services.AddScoped<IndicatorCalculator>();
        services.AddScoped<KpiJobs>();
        services.AddScoped<CertificateJobs>();
        services.AddScoped<CaseJobs>();
        services.AddScoped<Application.Features.Reports.ReportJobs>();
        services.AddScoped<Application.Features.Users.AccountMailJobs>();
        return services;
    }

    public static WebApplication UseBackgroundJobs(this WebApplication app)
    {
        var settings = app.Configuration.GetSection(HangfireSettings.Section).Get<HangfireSettings>() ?? new HangfireSettings();
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new PlatformAdminDashboardFilter()],
            DashboardTitle = "SocialWorkCloud jobs",
            AppPath = "/",
        });
        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<KpiJobs>(KpiJobs.NightlyJobId, j => j.NightlyAsync(CancellationToken.None), settings.NightlyKpiCron,
            new RecurringJobOptions { TimeZone = VietnamTimeZone() });
        recurring.AddOrUpdate<CertificateJobs>(CertificateJobs.DailyJobId, j => j.DailyAsync(CancellationToken.None), settings.DailyCertificateCron,
            new RecurringJobOptions { TimeZone = VietnamTimeZone() });
        recurring.AddOrUpdate<CaseJobs>(CaseJobs.DailyJobId, j => j.MarkOverdueAsync(CancellationToken.None), settings.DailyCaseFollowUpCron,
            new RecurringJobOptions { TimeZone = VietnamTimeZone() });
        recurring.AddOrUpdate<OutboxSweep>(OutboxSweep.RecurringJobId, j => j.SweepAsync(CancellationToken.None), settings.OutboxSweepCron);
        return app;
    }

    private static TimeZoneInfo VietnamTimeZone() => VietnamClock.TimeZone;

    /// <summary>Only platform admins see the dashboard; a token passed as ?access_token= is kept in a cookie.</summary>
    private sealed class PlatformAdminDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context)
        {
            var http = context.GetHttpContext();
            var user = http.RequestServices.GetRequiredService<ICurrentUser>();
            if (!user.HasPermission(Permissions.JobsDashboard)) return false;
            if (http.Request.Query["access_token"].FirstOrDefault() is { } token)
            {
                http.Response.Cookies.Append(AuthSetup.DashboardCookie, token, new CookieOptions
                {
                    HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = "/hangfire",
                });
            }
            return true;
        }
    }
}
