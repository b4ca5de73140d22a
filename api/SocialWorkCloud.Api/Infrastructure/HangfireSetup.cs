using Hangfire;
using Hangfire.Common;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Application.Identity;
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
    /// <summary>Cron of the morning notification digest e-mail, in Vietnam time.</summary>
    public string NotificationDigestCron { get; set; } = "0 7 * * *";
    /// <summary>Cron of the daily deadline notifications (due/overdue reports, tasks, recommendations, certificates), in Vietnam time.</summary>
    public string NotificationDeadlinesCron { get; set; } = "30 5 * * *";
    /// <summary>
    /// How long a fetched job stays invisible to other servers without a sign of life from the one running it
    /// (sliding: a live server keeps extending it). A job held by a dead instance is fetched again after this.
    /// The in-memory store (SQLite mode) lives and dies with its one process, so nothing is held by a dead one.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>Cron of the webhook retry sweep, which attempts the deliveries whose back-off has run out.</summary>
    public string WebhookRetryCron { get; set; } = "* * * * *";
}

public static class HangfireSetup
{
    /// <summary>
    /// The job store's schema is installed by the database initialiser (under its lock, or by the migrate
    /// command), never by the storage's constructor: that one runs on first use, would fail the process when
    /// the database is down at start, and races between replicas started together.
    /// </summary>
    private static PostgreSqlStorageOptions PostgreSqlOptions(HangfireSettings settings) => new()
    {
        PrepareSchemaIfNecessary = false,
        QueuePollInterval = TimeSpan.FromSeconds(1),
        UseSlidingInvisibilityTimeout = true,
        InvisibilityTimeout = settings.InvisibilityTimeout,
    };

    public static async Task InstallSchemaAsync(DatabaseProvider provider, string connection, CancellationToken ct)
    {
        switch (provider)
        {
            case DatabaseProvider.PostgreSql:
            {
                await using var c = new Npgsql.NpgsqlConnection(connection);
                await c.OpenAsync(ct);
                PostgreSqlObjectsInstaller.Install(c);
                break;
            }
            case DatabaseProvider.SqlServer:
            {
                await using var c = new Microsoft.Data.SqlClient.SqlConnection(connection);
                await c.OpenAsync(ct);
                Hangfire.SqlServer.SqlServerObjectsInstaller.Install(c, "HangFire", enableHeavyMigrations: true);
                break;
            }
        }
    }

    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var settings = configuration.GetSection(HangfireSettings.Section).Get<HangfireSettings>() ?? new HangfireSettings();
        var connection = PersistenceSetup.ConnectionString(configuration);

        // Each host owns its storage instance (registered before AddHangfire, which then keeps it), so
        // two hosts in one process — the integration tests run a PostgreSQL and a SQLite API side by side —
        // never share Hangfire's static JobStorage.Current.
        services.AddSingleton<JobStorage>(_ => database.Provider switch
        {
            DatabaseProvider.SqlServer => new Hangfire.SqlServer.SqlServerStorage(connection,
                new Hangfire.SqlServer.SqlServerStorageOptions
                {
                    PrepareSchemaIfNecessary = false, QueuePollInterval = TimeSpan.FromSeconds(1), SlidingInvisibilityTimeout = settings.InvisibilityTimeout,
                }),
            DatabaseProvider.PostgreSql => new PostgreSqlStorage(
                new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(connection!, PostgreSqlOptions(settings)),
                PostgreSqlOptions(settings)),
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
        // Hangfire__RunServer=false makes an HTTP-only replica; a worker replica runs the same image with the
        // server on (and can be kept out of the balancer). The server starts once the database is initialised.
        if (settings.RunServer)
        {
            services.AddHostedService<GatedJobServer>();
        }
        // Work leaves a command's transaction through the outbox: handlers of outbox messages are discovered.
        services.AddOutbox();
        services.AddScoped<KpiCalculator>();
        services.AddScoped<IndicatorCalculator>();
        services.AddScoped<KpiJobs>();
        services.AddScoped<CertificateJobs>();
        services.AddScoped<CaseJobs>();
        services.Configure<Application.Features.PersonalData.PersonalDataOptions>(configuration.GetSection(Application.Features.PersonalData.PersonalDataOptions.Section));
        services.Configure<Application.Features.PersonalData.RetentionOptions>(configuration.GetSection(Application.Features.PersonalData.RetentionOptions.Section));
        services.AddScoped<Application.Features.PersonalData.RetentionJobs>();
        services.AddScoped<Application.Features.Reports.ReportJobs>();
        services.AddScoped<Application.Features.Users.AccountMailJobs>();
        services.AddScoped<Application.Features.Notifications.NotificationJobs>();
        services.AddScoped<Application.Features.Notifications.NotificationMailJobs>();
        services.AddScoped<Application.Features.Notifications.DeadlineJobs>();
        return services;
    }

    public static WebApplication UseBackgroundJobs(this WebApplication app)
    {
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/hangfire", StringComparison.OrdinalIgnoreCase), gate => gate.Use(JobsDashboardGate.InvokeAsync));
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new JobsDashboardGate.Filter()],
            DashboardTitle = "SocialWorkCloud jobs",
            AppPath = "/",
        });
        return app;
    }

    /// <summary>Every replica (re)declares the schedules once the database is up; AddOrUpdate is idempotent.</summary>
    public static void RegisterRecurringJobs(IServiceProvider services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(HangfireSettings.Section).Get<HangfireSettings>() ?? new HangfireSettings();
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<KpiJobs>(KpiJobs.NightlyJobId, j => j.NightlyAsync(CancellationToken.None), settings.NightlyKpiCron,
            new RecurringJobOptions { TimeZone = VietnamTimeZone() });
        recurring.AddOrUpdate<CertificateJobs>(CertificateJobs.DailyJobId, j => j.DailyAsync(CancellationToken.None), settings.DailyCertificateCron,
            new RecurringJobOptions { TimeZone = VietnamTimeZone() });
        recurring.AddOrUpdate<CaseJobs>(CaseJobs.DailyJobId, j => j.MarkOverdueAsync(CancellationToken.None), settings.DailyCaseFollowUpCron,
            new RecurringJobOptions { TimeZone = VietnamTimeZone() });
        recurring.AddOrUpdate<Application.Features.Notifications.NotificationMailJobs>(Application.Features.Notifications.NotificationMailJobs.DigestJobId,
            j => j.SendDigestsAsync(CancellationToken.None), settings.NotificationDigestCron, new RecurringJobOptions { TimeZone = VietnamTimeZone() });
        recurring.AddOrUpdate<Application.Features.Notifications.DeadlineJobs>(Application.Features.Notifications.DeadlineJobs.DailyJobId,
            j => j.DailyAsync(CancellationToken.None), settings.NotificationDeadlinesCron, new RecurringJobOptions { TimeZone = VietnamTimeZone() });
        var retention = configuration.GetSection(Application.Features.PersonalData.RetentionOptions.Section).Get<Application.Features.PersonalData.RetentionOptions>()
            ?? new Application.Features.PersonalData.RetentionOptions();
        recurring.AddOrUpdate<Application.Features.PersonalData.RetentionJobs>(Application.Features.PersonalData.RetentionJobs.MonthlyJobId,
            j => j.MonthlyAsync(CancellationToken.None), retention.Cron, new RecurringJobOptions { TimeZone = VietnamTimeZone() });
        recurring.AddOrUpdate<OutboxSweep>(OutboxSweep.RecurringJobId, j => j.SweepAsync(CancellationToken.None), settings.OutboxSweepCron);
        recurring.AddOrUpdate<Application.Features.Webhooks.WebhookJobs>(Application.Features.Webhooks.WebhookJobs.RetryJobId,
            j => j.RetryDueAsync(CancellationToken.None), settings.WebhookRetryCron);
        recurring.AddOrUpdate<Application.Common.Idempotency.IdempotencyPurge>(Application.Common.Idempotency.IdempotencyPurge.RecurringJobId,
            j => j.PurgeAsync(CancellationToken.None), "17 * * * *");
    }

    /// <summary>The job server of this process, started only once the database is initialised (it would otherwise fail on a missing schema or an unreachable database).</summary>
    private sealed class GatedJobServer(DatabaseStartupGate gate, JobStorage storage, JobActivator activator, IConfiguration configuration, IServiceProvider services) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            try
            {
                await gate.Ready.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            var settings = configuration.GetSection(HangfireSettings.Section).Get<HangfireSettings>() ?? new HangfireSettings();
            using var server = new BackgroundJobServer(new BackgroundJobServerOptions
            {
                WorkerCount = settings.WorkerCount,
                SchedulePollingInterval = TimeSpan.FromSeconds(5),
                Activator = activator,
                FilterProvider = services.GetService<IJobFilterProvider>() ?? JobFilterProviders.Providers,
            }, storage);
            try
            {
                await Task.Delay(Timeout.Infinite, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                server.SendStop();
                await server.WaitForShutdownAsync(CancellationToken.None);
            }
        }
    }

    private static TimeZoneInfo VietnamTimeZone() => VietnamClock.TimeZone;

}

/// <summary>
/// The Hangfire dashboard's door (README "Security"): a bearer token in the URL is refused; a one-time ticket from
/// <c>POST /api/v1/jobs-dashboard/tickets</c> is swapped for a short-lived HttpOnly, SameSite=Strict cookie (Secure
/// outside Development) and the browser is sent on to the same address without it; the cookie lets a request in only
/// while its session is live and its user may see the jobs.
/// </summary>
internal static class JobsDashboardGate
{
    private const string Allowed = "swc-jobs-dashboard-allowed";

    public static async Task InvokeAsync(HttpContext http, Func<Task> next)
    {
        var query = http.Request.Query;
        if (query.ContainsKey("access_token"))
        {
            await ProblemDetailsExceptionHandler.WriteAsync(http, StatusCodes.Status401Unauthorized, "dashboard-bearer-refused", TextCatalog.Get("dashboard-bearer-refused"));
            return;
        }
        var tickets = http.RequestServices.GetRequiredService<DashboardTickets>();
        if (query.TryGetValue("ticket", out var ticket))
        {
            var cookie = await tickets.RedeemAsync(ticket.ToString(), http.RequestAborted);
            if (cookie is null)
            {
                await ProblemDetailsExceptionHandler.WriteAsync(http, StatusCodes.Status401Unauthorized, "dashboard-ticket-invalid", TextCatalog.Get("dashboard-ticket-invalid"));
                return;
            }
            var environment = http.RequestServices.GetRequiredService<IHostEnvironment>();
            http.Response.Cookies.Append(AuthSetup.DashboardCookie, cookie, new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = !environment.IsDevelopment() || http.Request.IsHttps,
                Path = "/hangfire", MaxAge = DashboardTickets.CookieLifetime, IsEssential = true,
            });
            // The ticket leaves the address bar (and the history) at once.
            var rest = new Microsoft.AspNetCore.Http.Extensions.QueryBuilder(query.Where(q => q.Key != "ticket"));
            http.Response.Redirect(http.Request.PathBase + http.Request.Path + rest.ToQueryString());
            return;
        }
        if (await tickets.UserOfCookieAsync(http.Request.Cookies[AuthSetup.DashboardCookie], http.RequestAborted) is not null)
        {
            http.Items[Allowed] = true;
        }
        await next();
    }

    /// <summary>Hangfire's own check: only what the gate let in.</summary>
    public sealed class Filter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().Items.ContainsKey(Allowed);
    }
}
