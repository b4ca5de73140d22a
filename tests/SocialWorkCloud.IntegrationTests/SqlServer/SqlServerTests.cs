using System.Net;
using System.Text.Json;
using Testcontainers.MsSql;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.SqlServer;

/// <summary>The API on SQL Server, the production target, in a throwaway container.</summary>
public sealed class SqlServerApiFactory : ApiFactory
{
    private MsSqlContainer? _container;

    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    protected override async Task<string> CreateDatabaseAsync()
    {
        _container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
        await _container.StartAsync();
        return _container.GetConnectionString();
    }

    protected override async Task DropDatabaseAsync()
    {
        if (_container is not null) await _container.DisposeAsync();
    }
}

/// <summary>One container for the class; nothing starts where no Docker engine answers (the facts are skipped then).</summary>
public sealed class SqlServerFixture : IAsyncLifetime
{
    public SqlServerApiFactory? Factory { get; private set; }

    public async Task InitializeAsync()
    {
        if (!DockerEngine.Available) return;
        Factory = new SqlServerApiFactory();
        await Factory.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (Factory is not null) await ((IAsyncLifetime)Factory).DisposeAsync();
    }
}

public sealed class SqlServerTests(SqlServerFixture fixture) : IClassFixture<SqlServerFixture>
{
    private readonly SqlServerApiFactory? _factory = fixture.Factory;

    [DockerFact]
    public async Task Migrates_signs_in_and_computes_kpis_on_sql_server()
    {
        var world = _factory!.World;
        using var officer = await world.ClientForAsync(TestWorld.Officer1);
        var kpis = await (await officer.GetAsync($"/api/v1/provinces/{world.Province1}/kpis?asOf=2025-12-31")).ReadAsync<JsonElement>();
        kpis.GetProperty("figures").GetArrayLength().ShouldBe(3);
        var curative = kpis.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("indicator").GetString() == "CurativeUnitShare");
        curative.GetProperty("numerator").GetInt32().ShouldBe(1);
        curative.GetProperty("denominator").GetInt32().ShouldBe(1);
    }

    [DockerFact]
    public async Task Keeps_tenants_apart_on_sql_server()
    {
        var world = _factory!.World;
        using var admin = await world.ClientForAsync(TestWorld.AdminA);
        await (await admin.GetAsync($"/api/v1/facilities/{world.HospitalB}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using var officer = await world.ClientForAsync(TestWorld.Officer1);
        await (await officer.GetAsync($"/api/v1/provinces/{world.Province2}/kpis")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
