using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.IntegrationTests.Infrastructure;

/// <summary>
/// What every area shares, arranged once per database: two provinces with facilities, users of every
/// role and API clients. Each area arranges its own records in an <see cref="IAreaWorld"/> next to its
/// tests (found by reflection, read with <see cref="Area{T}"/>), so a new feature edits no list here.
/// Test classes that change data work in a tenant of their own (<see cref="NewTenantAsync"/>,
/// <see cref="TenantForAsync"/>), so that classes run in parallel on one database.
/// </summary>
public sealed class TestWorld
{
    public const string Password = "Test@2026pass";
    public const string ClientSecret = "test-client-secret-0123456789abcdef";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly ApiFactory _factory;
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset SignedInAt)> _tokens = new();
    private readonly Dictionary<Type, IAreaWorld> _areas = [];
    private readonly ConcurrentDictionary<string, Lazy<Task<Tenant>>> _tenants = new();

    private TestWorld(ApiFactory factory) => _factory = factory;

    public Guid Province1 { get; private set; }
    public Guid Province2 { get; private set; }
    public Guid HospitalA { get; private set; }
    public Guid CdcA { get; private set; }
    public Guid StationA { get; private set; }
    public Guid HospitalB { get; private set; }
    public Guid CdcB { get; private set; }
    public Guid ChangeA { get; private set; }
    public Guid ChangeB { get; private set; }
    public Guid WorkerA { get; private set; }
    public Guid WorkerB { get; private set; }
    public Guid ClientA { get; private set; }
    public Guid ClientB { get; private set; }
    public string ClientIdA => "test_client_a";
    public const string Platform = "platform@test.vn";
    public const string Officer1 = "officer1@test.vn";
    public const string Officer2 = "officer2@test.vn";
    public const string AdminA = "admin.a@test.vn";
    public const string WorkerAEmail = "worker.a@test.vn";
    public const string CollaboratorA = "collab.a@test.vn";
    public const string AdminB = "admin.b@test.vn";
    public const string WorkerBEmail = "worker.b@test.vn";

    public static async Task<TestWorld> CreateAsync(ApiFactory factory)
    {
        var world = new TestWorld(factory);
        await world.ArrangeAsync();
        return world;
    }

    private async Task ArrangeAsync()
    {
        Province1 = await NewProvinceAsync("Tỉnh Thử Nghiệm Một");
        Province2 = await NewProvinceAsync("Tỉnh Thử Nghiệm Hai");
        HospitalA = await NewFacilityAsync(Province1, FacilityType.PublicHospital, "Bệnh viện Đa khoa Hòa Bình", (UnitStatus.Team, new DateOnly(2018, 5, 1)));
        CdcA = await NewFacilityAsync(Province1, FacilityType.ProvincialCdc, "Trung tâm Kiểm soát bệnh tật Một");
        StationA = await NewFacilityAsync(Province1, FacilityType.CommuneHealthStation, "Trạm Y tế xã Đông Hưng");
        HospitalB = await NewFacilityAsync(Province2, FacilityType.PublicHospital, "Bệnh viện Đa khoa Hai", (UnitStatus.Team, new DateOnly(2019, 1, 1)));
        CdcB = await NewFacilityAsync(Province2, FacilityType.ProvincialCdc, "Trung tâm Kiểm soát bệnh tật Hai");

        await using var scope = _factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        ChangeA = db.UnitStatusChanges.IgnoreTenant().Where(c => c.FacilityId == HospitalA).Select(c => c.Id).Single();
        ChangeB = db.UnitStatusChanges.IgnoreTenant().Where(c => c.FacilityId == HospitalB).Select(c => c.Id).Single();

        await NewUserAsync(Platform, UserRole.PlatformAdmin, null, null);
        await NewUserAsync(Officer1, UserRole.ProvinceOfficer, null, Province1);
        await NewUserAsync(Officer2, UserRole.ProvinceOfficer, null, Province2);
        await NewUserAsync(AdminA, UserRole.FacilityAdmin, HospitalA, null);
        WorkerA = await NewUserAsync(WorkerAEmail, UserRole.SocialWorker, HospitalA, null);
        await NewUserAsync(CollaboratorA, UserRole.Collaborator, HospitalA, null);
        await NewUserAsync(AdminB, UserRole.FacilityAdmin, HospitalB, null);
        WorkerB = await NewUserAsync(WorkerBEmail, UserRole.SocialWorker, HospitalB, null);

        ClientA = await NewApiClientAsync(ClientIdA, HospitalA, null);
        ClientB = await NewApiClientAsync("test_client_b", HospitalB, null);

        foreach (var type in RouteGuards.Declaring<IAreaWorld>())
        {
            var area = (IAreaWorld)Activator.CreateInstance(type)!;
            await area.ArrangeAsync(this);
            _areas[type] = area;
        }
    }

    /// <summary>The records an area arranged for this database.</summary>
    public T Area<T>() where T : IAreaWorld =>
        _areas.TryGetValue(typeof(T), out var area) ? (T)area : throw new InvalidOperationException($"{typeof(T).Name} was not arranged.");

    public AsyncServiceScope CreateScope() => _factory.CreateScope();

    /// <summary>
    /// A tenant of the caller's own: a fresh province with a public hospital (a team since 2018), its unit
    /// head, a social worker and a collaborator, and an officer of the province. Nothing else is in it, so a
    /// test counts and changes only its own records while other classes run beside it.
    /// </summary>
    public async Task<Tenant> NewTenantAsync(string name = "Bệnh viện riêng")
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var province = await NewProvinceAsync("Tỉnh riêng " + tag);
        var hospital = await NewFacilityAsync(province, FacilityType.PublicHospital, name, (UnitStatus.Team, new DateOnly(2018, 5, 1)));
        var tenant = new Tenant(this, province, hospital, $"head-{tag}@test.vn", $"worker-{tag}@test.vn", $"collab-{tag}@test.vn", $"officer-{tag}@test.vn");
        await NewUserAsync(tenant.AdminEmail, UserRole.FacilityAdmin, hospital, null);
        tenant.WorkerId = await NewUserAsync(tenant.WorkerEmail, UserRole.SocialWorker, hospital, null);
        tenant.CollaboratorId = await NewUserAsync(tenant.CollaboratorEmail, UserRole.Collaborator, hospital, null);
        await NewUserAsync(tenant.OfficerEmail, UserRole.ProvinceOfficer, null, province);
        return tenant;
    }

    /// <summary>One tenant per key (a test class's name) and database, made on first use and shared by that class's tests.</summary>
    public Task<Tenant> TenantForAsync(string key) =>
        _tenants.GetOrAdd(key, k => new Lazy<Task<Tenant>>(() => NewTenantAsync("Bệnh viện " + k))).Value;

    /// <summary>
    /// A client for arranging records through the API with a token issued in-process: the world signs
    /// nobody in through the login endpoint, so the sign-in rate limit starts untouched in every test.
    /// </summary>
    public async Task<HttpClient> ArrangementClientAsync(string email)
    {
        await using var scope = _factory.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var tokens = scope.ServiceProvider.GetRequiredService<TokenService>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        var issued = await tokens.IssueForUserAsync(user, Guid.NewGuid(), CancellationToken.None);
        var client = _factory.CreateCheckedClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.AccessToken);
        return client;
    }

    public async Task<Guid> NewProvinceAsync(string name)
    {
        await using var scope = _factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var province = new Province { Id = Guid.NewGuid(), Code = "P" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), Name = name, CreatedAt = DateTimeOffset.UtcNow };
        db.Provinces.Add(province);
        await db.SaveChangesAsync();
        return province.Id;
    }

    /// <summary>A facility with its unit history, written inside its own tenant as the API would.</summary>
    public async Task<Guid> NewFacilityAsync(Guid provinceId, FacilityType type, string name, params (UnitStatus Status, DateOnly Date)[] history)
    {
        await using var scope = _factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenant = scope.ServiceProvider.GetRequiredService<TenantScope>();
        var facility = new Facility
        {
            Id = Guid.NewGuid(), ProvinceId = provinceId, Code = "F" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(), Name = name,
            SearchName = VietnameseText.Fold(name), Type = type, Ownership = type == FacilityType.PrivateHospital ? Ownership.Private : Ownership.Public,
            MedicalStaffCount = 100, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Facilities.Add(facility);
        await db.SaveChangesAsync();
        using (tenant.Enter(facility.Id))
        {
            foreach (var (status, date) in history)
            {
                var change = UnitStatusChange.Record(new UnitStatusFacts(status, date, status >= UnitStatus.Team ? "QĐ 1/QĐ-TEST" : null, null, 0), null, DateTimeOffset.UtcNow, null);
                change.FacilityId = facility.Id;
                db.UnitStatusChanges.Add(change);
            }
            await db.SaveChangesAsync();
        }
        return facility.Id;
    }

    public async Task<Guid> NewUserAsync(string email, UserRole role, Guid? facilityId, Guid? provinceId)
    {
        await using var scope = _factory.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, FullName = email, Role = role,
            FacilityId = facilityId, ProvinceId = provinceId, CreatedAt = DateTimeOffset.UtcNow, LockoutEnabled = true,
        };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        return user.Id;
    }

    public async Task<Guid> NewApiClientAsync(string clientId, Guid? facilityId, Guid? provinceId, string scopes = "read write")
    {
        await using var scope = _factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var client = new ApiClient
        {
            Id = Guid.NewGuid(), ClientId = clientId, SecretHash = TokenService.Hash(ClientSecret), Name = clientId,
            FacilityId = facilityId, ProvinceId = provinceId, Scopes = scopes, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.ApiClients.Add(client);
        await db.SaveChangesAsync();
        return client.Id;
    }

    /// <summary>An HttpClient signed in through the real login endpoint.</summary>
    public async Task<HttpClient> ClientForAsync(string email)
    {
        // Access tokens live 15 minutes; a long run (a loaded machine) signs in again rather than send an expired one.
        var token = _tokens.TryGetValue(email, out var cached) && cached.SignedInAt > DateTimeOffset.UtcNow.AddMinutes(-10)
            ? cached.Token
            : await LoginAsync(email);
        if (token != cached.Token) _tokens[email] = (token, DateTimeOffset.UtcNow);
        var client = _factory.CreateCheckedClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient Anonymous() => _factory.CreateCheckedClient();

    private async Task<string> LoginAsync(string email)
    {
        using var client = _factory.CreateCheckedClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("accessToken").GetString()!;
    }
}

/// <summary>A province and hospital of a test's own, with its people (see <see cref="TestWorld.NewTenantAsync"/>).</summary>
public sealed record Tenant(TestWorld World, Guid ProvinceId, Guid HospitalId, string AdminEmail, string WorkerEmail, string CollaboratorEmail, string OfficerEmail)
{
    public Guid WorkerId { get; internal set; }
    public Guid CollaboratorId { get; internal set; }

    public Task<HttpClient> AdminAsync() => World.ClientForAsync(AdminEmail);
    public Task<HttpClient> WorkerAsync() => World.ClientForAsync(WorkerEmail);
    public Task<HttpClient> CollaboratorAsync() => World.ClientForAsync(CollaboratorEmail);
    public Task<HttpClient> OfficerAsync() => World.ClientForAsync(OfficerEmail);
}

internal static class TenantTestExtensions
{
    /// <summary>Test arrangement reads across tenants; production code never calls this.</summary>
    public static IQueryable<T> IgnoreTenant<T>(this IQueryable<T> query) where T : class =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(query, [AppDbContext.TenantFilter]);
}
