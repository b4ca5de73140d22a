using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.IntegrationTests.Infrastructure;

/// <summary>
/// The real API (Program) in-process on a real database: a fresh database per factory, with the Hangfire server
/// running, as in production. The fresh database is a copy of the run's template of its provider, which a host of
/// the API migrated once (<see cref="MigrateTemplateAsync"/>): every host still runs the whole start-up (migrations
/// found applied, the job store, the catalogues), but the 26 migrations run once per provider, not per factory.
/// </summary>
public abstract class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public abstract DatabaseProvider Provider { get; }

    public string ConnectionString { get; private set; } = string.Empty;

    public TestWorld World { get; private set; } = null!;

    /// <summary>The document the API serves (the committed one, the hosting tests check), against which every response is checked.</summary>
    public ResponseContract Contract { get; private set; } = null!;

    /// <summary>
    /// A client (redirects followed, cookies kept, as <c>CreateClient</c>) whose every response is checked
    /// against the OpenAPI document: a status the operation does not document, or a body that breaks its schema, fails the test.
    /// </summary>
    public HttpClient CreateCheckedClient() =>
        CreateDefaultClient(new Uri("http://localhost"), new Microsoft.AspNetCore.Mvc.Testing.Handlers.RedirectHandler(),
            new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(), new ResponseContractHandler(Contract));

    protected abstract Task<string> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    /// <summary>
    /// Migrates <paramref name="connectionString"/> (the run's template of the provider) the way every host does at
    /// start, then stops the host: <paramref name="host"/> is a factory used for nothing else.
    /// </summary>
    protected static async Task MigrateTemplateAsync(ApiFactory host, string connectionString)
    {
        host.ConnectionString = connectionString;
        host._template = true;
        try
        {
            _ = host.Server;
            await host.Services.GetRequiredService<SocialWorkCloud.Api.Infrastructure.DatabaseStartupGate>().Ready.WaitAsync(TimeSpan.FromMinutes(5));
        }
        finally
        {
            await host.DisposeAsync(); // the host only: the template stays for the run
        }
    }

    private bool _template;

    public async Task InitializeAsync()
    {
        ConnectionString = await CreateDatabaseAsync();
        _ = Server; // start the host: migrations run in the background from here
        await Services.GetRequiredService<SocialWorkCloud.Api.Infrastructure.DatabaseStartupGate>().Ready.WaitAsync(TimeSpan.FromMinutes(2));
        Contract = await SharedContractAsync();
        World = await TestWorld.CreateAsync(this);
    }

    private static readonly object ContractGate = new();
    private static Task<ResponseContract>? _contract;

    /// <summary>
    /// The document read from the first host of the run that starts, parsed once: every host runs the same Program, whose
    /// document depends on no setting (SwaggerSetup), and the hosting tests compare what the shared hosts serve with the
    /// committed document. Generating and parsing it again for each of the run's dozen hosts cost about a second of CPU each.
    /// </summary>
    private Task<ResponseContract> SharedContractAsync()
    {
        lock (ContractGate)
        {
            if (_contract is { IsFaulted: false, IsCanceled: false }) return _contract;
            return _contract = LoadContractAsync();
        }
    }

    private async Task<ResponseContract> LoadContractAsync()
    {
        using var unchecked_ = CreateClient();
        return await ResponseContract.LoadAsync(unchecked_);
    }

    /// <summary>For a factory shared by the whole run (<see cref="SharedApi{TFactory}"/>): drop its database as the process ends.</summary>
    internal Task DropDatabaseAtExitAsync() => DropDatabaseAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await DropDatabaseAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureServices(services => services.AddSingleton<Serilog.Core.ILogEventSink, ServerErrorLog>());
        // Only Development runs on the public development key; the tests sign with a key of their own and keep a
        // retired one valid, as in the middle of a key rotation (README "Signing keys").
        builder.UseSetting("Jwt:SigningKey", SigningKey);
        builder.UseSetting("Jwt:PreviousSigningKey", PreviousSigningKey);
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedDemoData", "false");
        // The nightly job must not fire during a test run.
        builder.UseSetting("Hangfire:NightlyKpiCron", "0 0 31 2 *");
        builder.UseSetting("Hangfire:DailyCertificateCron", "0 0 31 2 *");
        builder.UseSetting("Hangfire:NotificationDeadlinesCron", "0 0 31 2 *");
        builder.UseSetting("Hangfire:NotificationDigestCron", "0 0 31 2 *");
        builder.UseSetting("Hangfire:DailyCaseFollowUpCron", "0 0 31 2 *");
        // The production request timeout (30 s) is about a hung database; a loaded test machine is not one.
        builder.UseSetting("Resilience:RequestTimeoutSeconds", "600");
        // Every test request comes from one address; the sign-in limit has its own test.
        builder.UseSetting("RateLimits:AuthPerMinute", AuthPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The same goes for the sign-in throttle's per-address count; a name's first wait is long enough that a
        // loaded machine still sees it (the unit tests follow the doubling and the end of the wait).
        builder.UseSetting("SignIn:FreeFailuresPerAddress", "1000000");
        builder.UseSetting("SignIn:BaseDelaySeconds", "30");
        // Hundreds of users are made and signed in per run: PBKDF2 at a test's work factor, not production's 100,000
        // iterations (the same hasher and format; each hash records its count).
        builder.UseSetting("Identity:PasswordHasher:IterationCount", "1000");
        // Platform admins and province officers sign in without MFA here (as in Development and the demo); the MFA tests
        // turn the requirement on in a host of their own (Identity/MfaTests).
        builder.UseSetting("Mfa:RequireForPrivilegedRoles", "false");
        // Mail really leaves: to the SMTP server in the test process, which the tests read.
        builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Email:Smtp:Port", TestMailbox.Instance.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:Smtp:UseTls", "false");
        builder.UseSetting("Email:From", "SocialWorkCloud <no-reply@test.vn>");
        // The template's host only migrates: no job server, so no server of its own is left registered in the copies.
        if (_template) builder.UseSetting("Hangfire:RunServer", "false");
    }

    protected virtual int AuthPerMinute => 100_000;

    public const string SigningKey = "socialworkcloud-integration-tests-signing-key-2026-current";
    public const string PreviousSigningKey = "socialworkcloud-integration-tests-signing-key-2025-retired";

    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();
}
