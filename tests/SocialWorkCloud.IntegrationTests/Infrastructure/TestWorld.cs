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
using SocialWorkCloud.Domain.Charity;
using SocialWorkCloud.Domain.Commendations;
using SocialWorkCloud.Domain.Supervision;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Targets;
using SocialWorkCloud.Domain.Fundraising;
using SocialWorkCloud.Domain.Kpis;
using SocialWorkCloud.Domain.Reception;
using SocialWorkCloud.Domain.Reports;
using SocialWorkCloud.Domain.Text;
using SocialWorkCloud.Domain.Training;
using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.IntegrationTests.Infrastructure;

/// <summary>
/// Two provinces with facilities, users of every role and API clients, arranged once per database.
/// Tests that change data make their own province or facility so that tests stay independent.
/// </summary>
public sealed class TestWorld
{
    public const string Password = "Test@2026pass";
    public const string ClientSecret = "test-client-secret-0123456789abcdef";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly ApiFactory _factory;
    private readonly ConcurrentDictionary<string, string> _tokens = new();

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
    public Guid RunProvince2 { get; private set; }
    /// <summary>Open campaigns of hospital A and B (B's unpublished), each with a donor and a cash receipt.</summary>
    public Guid CampaignA { get; private set; }
    public Guid CampaignB { get; private set; }
    public Guid DonorA { get; private set; }
    public Guid DonorB { get; private set; }
    public Guid ReceiptA { get; private set; }
    public Guid ReceiptB { get; private set; }
    /// <summary>Daily-activity and workforce records of hospital A and hospital B, for the isolation probes.</summary>
    public ActivityRecords ActivitiesA { get; private set; } = null!;
    public ActivityRecords ActivitiesB { get; private set; } = null!;
    /// <summary>Case-management records of hospital A and hospital B (a child at high risk, with a task and an alert).</summary>
    public CaseRecords CasesA { get; private set; } = null!;
    public CaseRecords CasesB { get; private set; } = null!;
    /// <summary>Supervision visits (one closed with a recommendation, one planned) and nominations of hospital A and hospital B.</summary>
    public SupervisionRecords SupervisionA { get; private set; } = null!;
    public SupervisionRecords SupervisionB { get; private set; } = null!;

    public Guid TargetProvince1 { get; private set; }
    public Guid TargetProvince2 { get; private set; }
    public Guid PlanA { get; private set; }
    public Guid PlanB { get; private set; }
    public (Guid Report, Guid Run) ReportA { get; private set; }
    public (Guid Report, Guid Run) ReportB { get; private set; }

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

        var run = new KpiRun { Id = Guid.NewGuid(), ProvinceId = Province2, AsOf = new DateOnly(2025, 12, 31), Status = KpiRunStatus.Succeeded, RequestedAt = DateTimeOffset.UtcNow };
        db.KpiRuns.Add(run);
        await db.SaveChangesAsync();
        RunProvince2 = run.Id;

        (CampaignA, DonorA, ReceiptA) = await NewFundraisingAsync(HospitalA);
        (CampaignB, DonorB, ReceiptB) = await NewFundraisingAsync(HospitalB);
        ActivitiesA = await NewActivityRecordsAsync(HospitalA);
        ActivitiesB = await NewActivityRecordsAsync(HospitalB);
        CasesA = await NewCaseRecordsAsync(WorkerAEmail, "Nguyễn Thị Hồng Thử", StationA);
        CasesB = await NewCaseRecordsAsync(WorkerBEmail, "Trần Văn Bé Thử", CdcB);
        TargetProvince1 = await NewTargetAsync(Province1);
        TargetProvince2 = await NewTargetAsync(Province2);
        PlanA = await NewSubmittedPlanAsync(HospitalA);
        PlanB = await NewSubmittedPlanAsync(HospitalB);
        ReportA = await NewSubmittedReportAsync(HospitalA, Province1);
        ReportB = await NewSubmittedReportAsync(HospitalB, Province2);
        SupervisionA = await NewSupervisionRecordsAsync(HospitalA, Province1);
        SupervisionB = await NewSupervisionRecordsAsync(HospitalB, Province2);
    }

    /// <summary>A province's money target for curative facilities in 2040 (a year no other test uses).</summary>
    public async Task<Guid> NewTargetAsync(Guid provinceId)
    {
        await using var scope = _factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var target = new IndicatorTarget
        {
            Id = Guid.NewGuid(), ProvinceId = provinceId, Year = 2040, IndicatorCode = IndicatorCatalogue.MoneyRaised, FacilityGroup = FacilityGroup.Curative,
            Value = 100_000_000, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
        };
        db.IndicatorTargets.Add(target);
        await db.SaveChangesAsync();
        return target.Id;
    }

    /// <summary>A submitted annual plan for 2040 with one target and one activity, written inside the facility's tenant.</summary>
    public async Task<Guid> NewSubmittedPlanAsync(Guid facilityId)
    {
        await using var scope = _factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var _ = scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(facilityId);
        var plan = new AnnualPlan { Id = Guid.NewGuid(), Year = 2040, Status = PlanStatus.Submitted, SubmittedAt = DateTimeOffset.UtcNow, CreatedAt = DateTimeOffset.UtcNow };
        db.AnnualPlans.Add(plan);
        db.PlanTargets.Add(new PlanTarget { Id = Guid.NewGuid(), PlanId = plan.Id, IndicatorCode = IndicatorCatalogue.MoneyRaised, Value = 100_000_000 });
        db.PlannedActivities.Add(new PlannedActivity { Id = Guid.NewGuid(), PlanId = plan.Id, Title = "Tập huấn", Month = 3 });
        await db.SaveChangesAsync();
        return plan.Id;
    }

    /// <summary>A submitted annual report for 2024 with its generation run, as the workflow would leave it.</summary>
    public async Task<(Guid Report, Guid Run)> NewSubmittedReportAsync(Guid facilityId, Guid provinceId)
    {
        await using var scope = _factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var period = new ReportPeriod(ReportPeriodKind.Year, 2024, 1);
        var now = DateTimeOffset.UtcNow;
        var report = new PeriodicReport
        {
            Id = Guid.NewGuid(), FacilityId = facilityId, ProvinceId = provinceId, Kind = period.Kind, Year = period.Year, Number = 1,
            PeriodStart = period.Start, PeriodEnd = period.End, Status = ReportStatus.Submitted, FiguresJson = null, CreatedAt = now,
            FirstSubmittedAt = now, SubmittedAt = now,
        };
        var run = new ReportRun { Id = Guid.NewGuid(), ReportId = report.Id, FacilityId = facilityId, Status = ReportRunStatus.Succeeded, ProgressPercent = 100, RequestedAt = now };
        db.AddRange(report, run);
        await db.SaveChangesAsync();
        return (report.Id, run.Id);
    }

    /// <summary>
    /// An open campaign with a donor and one numbered cash receipt of 5,000,000 VND, written inside the
    /// facility's tenant as the ledger would write them (no sign-in: the rate-limit test counts sign-ins).
    /// </summary>
    public async Task<(Guid Campaign, Guid Donor, Guid Receipt)> NewFundraisingAsync(Guid facilityId)
    {
        await using var scope = _factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var _ = scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(facilityId);
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30);
        var campaign = Campaign.Create(Guid.NewGuid(), FundKind.Campaign, new CampaignDescription("Vì bệnh nhân nghèo", "Hỗ trợ bệnh nhân có hoàn cảnh khó khăn",
            null, null, null, null, start, start.AddDays(60), null, 100_000_000), DateTimeOffset.UtcNow, null);
        campaign.MoveTo(CampaignStatus.Open);
        var donor = new Donor { Id = Guid.NewGuid(), Kind = DonorKind.Individual, Name = "Trần Thị Hảo Tâm", SearchName = "tran thi hao tam", CreatedAt = DateTimeOffset.UtcNow };
        var receiptOn = start.AddDays(1);
        var receipt = new LedgerEntry
        {
            Id = Guid.NewGuid(), CampaignId = campaign.Id, Kind = EntryKind.CashReceipt, EntryDate = receiptOn, ReceiptYear = receiptOn.Year, ReceiptNumber = 1,
            Amount = 5_000_000, Method = PaymentMethod.Cash, DonorId = donor.Id, RecordedAt = DateTimeOffset.UtcNow,
        };
        db.Campaigns.Add(campaign);
        db.Donors.Add(donor);
        db.FundBalances.Add(new FundBalance { CampaignId = campaign.Id, CashReceived = receipt.Amount });
        db.LedgerEntries.Add(receipt);
        db.ReceiptCounters.Add(new ReceiptCounter { FacilityId = facilityId, Year = receiptOn.Year, LastNumber = 1 });
        await db.SaveChangesAsync();
        return (campaign.Id, donor.Id, receipt.Id);
    }

    public sealed record ActivityRecords(Guid Point, Guid Department, Guid Staff, Guid Certificate, Guid Collaborator, Guid Course, Guid Schedule);

    /// <summary>One record of each kind the activity routes address by id, written inside the facility's tenant.</summary>
    public async Task<ActivityRecords> NewActivityRecordsAsync(Guid facilityId)
    {
        await using var scope = _factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var _ = scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(facilityId);
        var now = DateTimeOffset.UtcNow;
        var tag = Guid.NewGuid().ToString("N")[..6];
        var point = new ReceptionPoint { Id = Guid.NewGuid(), Name = "Sảnh khám bệnh " + tag, CreatedAt = now };
        var department = new Department { Id = Guid.NewGuid(), Name = "Khoa Nội " + tag, Kind = DepartmentKind.Clinical, CreatedAt = now };
        var staff = new StaffMember
        {
            Id = Guid.NewGuid(), FullName = "Nguyễn Văn Thử " + tag, SearchName = "nguyen van thu " + tag, Role = StaffRole.SocialWorker,
            EmploymentType = EmploymentType.Permanent, QualificationLevel = QualificationLevel.Bachelor, QualificationMajor = QualificationMajor.SocialWork,
            CreatedAt = now,
        };
        var certificate = new PracticeCertificate
        {
            Id = Guid.NewGuid(), StaffMemberId = staff.Id, Number = "CCHN-" + tag, Issuer = "Sở Y tế", IssuedOn = new DateOnly(2024, 1, 1),
            ScanFileName = "scan.pdf", ScanContentType = "application/pdf", ScanContent = [1, 2, 3], CreatedAt = now,
        };
        var collaborator = new Collaborator { Id = Guid.NewGuid(), FullName = "Cộng tác viên " + tag, DepartmentId = department.Id, CreatedAt = now };
        var course = new TrainingCourse
        {
            Id = Guid.NewGuid(), Title = "Tập huấn " + tag, Organiser = "Sở Y tế", Type = TrainingType.Course, StartsOn = new DateOnly(2025, 3, 1),
            EndsOn = new DateOnly(2025, 3, 3), Hours = 16, CreatedAt = now,
        };
        var schedule = new CharitySchedule
        {
            Id = Guid.NewGuid(), Kind = CharityKind.FreeMeals, Title = "Bữa cơm miễn phí " + tag, DaysOfMonth = "1,15", StartsOn = new DateOnly(2025, 1, 1),
            CreatedAt = now,
        };
        db.AddRange(point, department, staff, certificate, collaborator, course, schedule);
        await db.SaveChangesAsync();
        return new ActivityRecords(point.Id, department.Id, staff.Id, certificate.Id, collaborator.Id, course.Id, schedule.Id);
    }

    public sealed record SupervisionRecords(Guid ClosedVisit, Guid PlannedVisit, Guid Recommendation, Guid SubmittedNomination, Guid DraftNomination);

    /// <summary>
    /// The province's closed visit (one recommendation) and planned visit to a facility, and the facility's
    /// submitted and draft nominations: visits are the province's records, nominations the facility's.
    /// </summary>
    public async Task<SupervisionRecords> NewSupervisionRecordsAsync(Guid facilityId, Guid provinceId)
    {
        await using var scope = _factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = DateTimeOffset.UtcNow;
        var closed = SupervisionVisit.Plan(Guid.NewGuid(), provinceId, facilityId, new DateOnly(2025, 5, 1), "Kiểm tra CTXH", [new("Thanh tra", "Chuyên viên")], null, now);
        closed.Record(closed.PlannedOn, closed.Scope, closed.Team, new DateOnly(2025, 5, 2), "Đạt");
        var recommendation = closed.AddRecommendation(Guid.NewGuid(), 1, "Bố trí phòng tham vấn", new DateOnly(2030, 1, 1));
        closed.Close(now);
        var planned = SupervisionVisit.Plan(Guid.NewGuid(), provinceId, facilityId, new DateOnly(2030, 5, 1), "Giám sát", [new("Thanh tra", null)], null, now);
        db.AddRange(closed, planned, recommendation);
        await db.SaveChangesAsync();
        using var _ = scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(facilityId);
        Nomination Nominate(NominationStatus status)
        {
            var n = Nomination.Draft(Guid.NewGuid(), new NominationDetails(2025, NomineeKind.Unit, "Phòng CTXH", null, null, AwardKind.CertificateOfMerit, null, "Thành tích"), now);
            if (status == NominationStatus.Submitted) n.Submit(now);
            return n;
        }
        var submitted = Nominate(NominationStatus.Submitted);
        var draft = Nominate(NominationStatus.Draft);
        db.AddRange(submitted, draft);
        await db.SaveChangesAsync();
        return new SupervisionRecords(closed.Id, planned.Id, recommendation.Id, submitted.Id, draft.Id);
    }

    /// <summary>
    /// A child client with an open case (assessed at high risk: one alert), one follow-up task, a consent for
    /// sharing and a referral to another facility sharing the name, created through the API.
    /// </summary>
    public async Task<CaseRecords> NewCaseRecordsAsync(string workerEmail, string clientName, Guid referTo)
    {
        using var client = await ArrangementClientAsync(workerEmail);
        var created = await PostAsync(client, "/api/v1/clients", new { fullName = clientName, birthYear = DateTime.UtcNow.Year - 8, sex = "Male", createAnyway = true });
        var clientId = created.GetProperty("id").GetGuid();
        var opened = await PostAsync(client, "/api/v1/cases", new { clientId, priority = "High", riskLevel = "Medium", intakeSource = "ClinicalDepartment", presentingProblem = "Trẻ bị bỏ rơi" });
        var caseId = opened.GetProperty("id").GetGuid();
        await PostAsync(client, $"/api/v1/cases/{caseId}/assessments", new { assessedOn = DateTime.UtcNow.ToString("yyyy-MM-dd"), riskLevel = "High", risks = "Nguy cơ cao" });
        var withTask = await PostAsync(client, $"/api/v1/cases/{caseId}/tasks", new { title = "Thăm gia đình", dueOn = "2030-01-01" });
        var taskId = withTask.GetProperty("tasks")[0].GetProperty("id").GetGuid();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var consent = await PostAsync(client, $"/api/v1/clients/{clientId}/consents", new { purpose = "SharingInReferral", givenBy = "Guardian", guardianName = "Mẹ", givenOn = today });
        var referral = await PostAsync(client, $"/api/v1/cases/{caseId}/referrals", new
        {
            target = "PlatformFacility", receiverFacilityId = referTo, reason = "Theo dõi tại địa phương", sentOn = today,
            share = new { name = true, birthYear = false, sex = false, phone = false, address = false, problem = false, needs = false },
        });
        await using var scope = _factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var alertId = db.CaseAlerts.IgnoreTenant().Where(a => a.CaseId == caseId).Select(a => a.Id).Single();
        return new CaseRecords(clientId, caseId, taskId, alertId, consent.GetProperty("id").GetGuid(), referral.GetProperty("id").GetGuid());
    }

    /// <summary>
    /// A client for arranging records through the API with a token issued in-process: the world signs
    /// nobody in through the login endpoint, so the sign-in rate limit starts untouched in every test.
    /// </summary>
    private async Task<HttpClient> ArrangementClientAsync(string email)
    {
        await using var scope = _factory.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var tokens = scope.ServiceProvider.GetRequiredService<TokenService>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        var issued = await tokens.IssueForUserAsync(user, Guid.NewGuid(), CancellationToken.None);
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.AccessToken);
        return client;
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body, Json);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
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
                db.UnitStatusChanges.Add(new UnitStatusChange
                {
                    Id = Guid.NewGuid(), FacilityId = facility.Id, Status = status, EffectiveDate = date,
                    DecisionNumber = status >= UnitStatus.Team ? "QĐ 1/QĐ-TEST" : null, RecordedAt = DateTimeOffset.UtcNow,
                });
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
        var token = _tokens.TryGetValue(email, out var cached) ? cached : await LoginAsync(email);
        _tokens[email] = token;
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient Anonymous() => _factory.CreateClient();

    private async Task<string> LoginAsync(string email)
    {
        using var client = _factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("accessToken").GetString()!;
    }
}

public sealed record CaseRecords(Guid ClientId, Guid CaseId, Guid TaskId, Guid AlertId, Guid ConsentId, Guid ReferralId);

internal static class TenantTestExtensions
{
    /// <summary>Test arrangement reads across tenants; production code never calls this.</summary>
    public static IQueryable<T> IgnoreTenant<T>(this IQueryable<T> query) where T : class =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(query, [AppDbContext.TenantFilter]);
}
