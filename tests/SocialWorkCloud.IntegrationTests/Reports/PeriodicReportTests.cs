using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;
using CaseRecord = SocialWorkCloud.Domain.Cases.Case;
using SocialWorkCloud.Domain.Charity;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Communication;
using SocialWorkCloud.Domain.Counselling;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Fundraising;
using SocialWorkCloud.Domain.Reception;
using SocialWorkCloud.Domain.Reports;
using SocialWorkCloud.Domain.Training;
using SocialWorkCloud.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace SocialWorkCloud.IntegrationTests.Reports;

/// <summary>
/// Periodic reports against a fixed data set of the first quarter of 2026 (hand-computed below), the
/// DHIS2-style workflow, the lock, timeliness and the exports. Each test makes its own province and
/// facility so that its figures and its timeliness table are its own.
/// </summary>
public abstract class PeriodicReportTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    private sealed record Unit(Guid ProvinceId, Guid FacilityId, Guid AdminId, HttpClient Admin, HttpClient Worker, HttpClient Officer);

    private async Task<Unit> NewUnitAsync(Guid? provinceId = null)
    {
        var province = provinceId ?? await World.NewProvinceAsync("Tỉnh báo cáo " + Guid.NewGuid().ToString("N")[..6]);
        var facility = await World.NewFacilityAsync(province, FacilityType.PublicHospital, "Bệnh viện báo cáo");
        var tag = Guid.NewGuid().ToString("N")[..8];
        var adminId = await World.NewUserAsync($"head-{tag}@test.vn", UserRole.FacilityAdmin, facility, null);
        await World.NewUserAsync($"worker-{tag}@test.vn", UserRole.SocialWorker, facility, null);
        var officer = $"officer-{province:N}@test.vn";
        try { await World.NewUserAsync(officer, UserRole.ProvinceOfficer, null, province); }
        catch (InvalidOperationException) { /* the province's officer exists already */ }
        return new Unit(province, facility, adminId, await World.ClientForAsync($"head-{tag}@test.vn"), await World.ClientForAsync($"worker-{tag}@test.vn"),
            await World.ClientForAsync(officer));
    }

    private static DateTimeOffset At(int month, int day) => new(2026, month, day, 3, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Q1 2026 (01/01–31/03) and a record on each side of it. Expected: 7 contacts (5 guidance, 2 help);
    /// 3 counselling sessions (2 with the patient, 1 with the mother; 2 people); 3 communication items
    /// (2 loudspeaker, 1 social post; audience 200); 210,000,000 VND raised (a 5,000,000 receipt reversed),
    /// goods worth 6,000,000 (3 wheelchairs), 3,000,000 given to 3 patients, 2 wheelchairs given; 3
    /// charity activities (2 free meals: 250 people; gifts to 386 children) — a meal not held does not
    /// count; 2 services delivered; 2 courses, 12 participations of 11 medical staff (Bác sĩ An attends
    /// both: one person; of 40: 27.5%); cases 2 opened, 1
    /// closed, 2 open at the end, 1 child in special circumstances supported.
    /// </summary>
    private async Task ArrangeQuarterAsync(Unit u, int extraGuidance = 0)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var _ = scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(u.FacilityId);
        var now = DateTimeOffset.UtcNow;
        var facility = await db.Facilities.FindAsync(u.FacilityId);
        facility!.MedicalStaffCount = 40;

        var point = new ReceptionPoint { Id = Guid.NewGuid(), Name = "Sảnh khám", CreatedAt = now };
        db.Add(point);
        ReceptionTally Tally(ContactKind kind, int count, DateOnly date) => new()
        {
            ClientEntryId = Guid.NewGuid(), PointId = point.Id, Kind = kind, Count = count, Date = date, OccurredAt = now, Source = TallySource.Portal, ReceivedAt = now,
        };
        db.AddRange(Tally(ContactKind.Guidance, 5, new(2026, 1, 10)), Tally(ContactKind.AdministrativeHelp, 2, new(2026, 3, 31)),
            Tally(ContactKind.Guidance, 100, new(2026, 4, 1)));

        var child = new Client("Bé Mồ Côi") { Id = Guid.NewGuid(), Vulnerabilities = Vulnerability.ChildOrphaned };
        var adult = new Client("Ông Khó Khăn") { Id = Guid.NewGuid(), Vulnerabilities = Vulnerability.Hardship };
        db.AddRange(child, adult);
        CounsellingSession Session(DateOnly on, bool relative) => new()
        {
            Id = Guid.NewGuid(), ClientId = adult.Id, WithRelative = relative, RelativeName = relative ? "Mẹ" : null, HeldOn = on, DurationMinutes = 30,
            Topic = "Lo âu", CounsellorId = u.AdminId, RecordedAt = now,
        };
        db.AddRange(Session(new(2026, 2, 1), false), Session(new(2026, 2, 15), false), Session(new(2026, 2, 15), true), Session(new(2025, 12, 31), false));

        CommunicationItem Item(CommunicationChannel channel, DateOnly on, int? audience) => new()
        {
            Id = Guid.NewGuid(), Channel = channel, Title = "Truyền thông", Date = on, AudienceReached = audience, CreatedAt = now,
        };
        db.AddRange(Item(CommunicationChannel.Loudspeaker, new(2026, 1, 5), 100), Item(CommunicationChannel.Loudspeaker, new(2026, 3, 1), 100),
            Item(CommunicationChannel.SocialNetworkPost, new(2026, 2, 2), null), Item(CommunicationChannel.WebsiteArticle, new(2026, 4, 2), 50));

        var campaign = Campaign.Create(Guid.NewGuid(), FundKind.GeneralFund,
            new CampaignDescription("Quỹ chung", "Hỗ trợ", null, null, null, null, new(2025, 1, 1), null, null, null), now, null);
        db.Add(campaign);
        LedgerEntry Entry(EntryKind kind, long amount, DateOnly on, RecipientKind? to = null, string? item = null, int? quantity = null, Guid? reverses = null) => new()
        {
            Id = Guid.NewGuid(), CampaignId = campaign.Id, Kind = kind, Amount = amount, EntryDate = on, RecipientKind = to, Item = item,
            Unit = item is null ? null : "chiếc", Quantity = quantity, ReversesId = reverses, RecordedAt = now,
        };
        var reversed = Entry(EntryKind.CashReceipt, 5_000_000, new(2026, 2, 11));
        db.AddRange(Entry(EntryKind.CashReceipt, 150_000_000, new(2026, 1, 15)), Entry(EntryKind.CashReceipt, 60_000_000, new(2026, 2, 10)), reversed,
            Entry(EntryKind.CashReceipt, 5_000_000, new(2026, 2, 12), reverses: reversed.Id),
            Entry(EntryKind.GoodsReceipt, 6_000_000, new(2026, 3, 1), item: "Xe lăn", quantity: 3),
            Entry(EntryKind.CashDistribution, 2_000_000, new(2026, 3, 5), RecipientKind.Client), Entry(EntryKind.CashDistribution, 1_000_000, new(2026, 3, 6), RecipientKind.Client),
            Entry(EntryKind.GoodsDistribution, 4_000_000, new(2026, 3, 10), RecipientKind.Client, "Xe lăn", 2),
            Entry(EntryKind.CashReceipt, 9_999, new(2026, 4, 1)));

        CharityActivity Charity(CharityKind kind, DateOnly on, int people, bool held = true) => new()
        {
            Id = Guid.NewGuid(), Kind = kind, Title = "Từ thiện", Date = on, BeneficiaryCount = people, ValueVnd = people * 10_000L, Held = held, CreatedAt = now,
        };
        db.AddRange(Charity(CharityKind.FreeMeals, new(2026, 1, 15), 120), Charity(CharityKind.FreeMeals, new(2026, 2, 15), 130),
            Charity(CharityKind.FreeMeals, new(2026, 3, 15), 0, held: false), Charity(CharityKind.GiftsChildrensDay, new(2026, 3, 20), 386),
            Charity(CharityKind.FreeMeals, new(2026, 4, 1), 99));

        CaseRecord NewCase(Client c, DateOnly opened, DateOnly? closed)
        {
            var @case = CaseRecord.Open(c.Id, u.AdminId, CasePriority.Normal, RiskLevel.Low, false, IntakeSource.Self, "Khó khăn", UrgentNeed.None, opened, null, now);
            if (closed is { } on)
            {
                @case.RequestClosure("Đã hỗ trợ xong", null, now);
                @case.DecideClosure(true, null, null, now, on);
            }
            return @case;
        }
        var childCase = NewCase(child, new(2025, 12, 1), null);
        var closedCase = NewCase(adult, new(2026, 1, 5), new(2026, 3, 20));
        db.AddRange(childCase, closedCase, NewCase(adult, new(2026, 3, 25), null), NewCase(adult, new(2026, 4, 5), null));
        db.AddRange(
            ServiceDelivered.Record(closedCase, ServiceType.Meals, new(2026, 2, 20), "Nhà hảo tâm", 10, 300_000, null, "manual", null, now, null),
            ServiceDelivered.Record(closedCase, ServiceType.Transport, new(2026, 3, 20), "Xe", 1, 500_000, null, "manual", null, now, null),
            ServiceDelivered.Record(childCase, ServiceType.Meals, new(2026, 4, 2), "Nhà hảo tâm", 5, 1, null, "manual", null, now, null));

        var course = new TrainingCourse { Id = Guid.NewGuid(), Title = "Kỹ năng giao tiếp", Organiser = "Sở Y tế", Type = TrainingType.Course, StartsOn = new(2026, 2, 10), EndsOn = new(2026, 2, 11), Hours = 8, CreatedAt = now };
        db.Add(course);
        db.AddRange(new TrainingParticipant { Id = Guid.NewGuid(), CourseId = course.Id, Kind = ParticipantKind.MedicalStaff, Headcount = 10 },
            new TrainingParticipant { Id = Guid.NewGuid(), CourseId = course.Id, Kind = ParticipantKind.MedicalStaff, Name = "Bác sĩ An" });
        var second = new TrainingCourse { Id = Guid.NewGuid(), Title = "Tham vấn cơ bản", Organiser = "Bệnh viện", Type = TrainingType.Course, StartsOn = new(2026, 3, 3), EndsOn = new(2026, 3, 3), Hours = 4, CreatedAt = now };
        db.Add(second);
        db.Add(new TrainingParticipant { Id = Guid.NewGuid(), CourseId = second.Id, Kind = ParticipantKind.MedicalStaff, Name = "Bac si An" });
        if (extraGuidance > 0) db.Add(Tally(ContactKind.Guidance, extraGuidance, new(2026, 2, 2)));
        await db.SaveChangesAsync();
    }

    private static async Task AddGuidanceAsync(ApiFactory factory, Guid facilityId, int count)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var _ = scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(facilityId);
        var point = new ReceptionPoint { Id = Guid.NewGuid(), Name = "Quầy mới", CreatedAt = DateTimeOffset.UtcNow };
        db.Add(point);
        db.Add(new ReceptionTally
        {
            ClientEntryId = Guid.NewGuid(), PointId = point.Id, Kind = ContactKind.Guidance, Count = count, Date = new(2026, 2, 2),
            OccurredAt = DateTimeOffset.UtcNow, Source = TallySource.Portal, ReceivedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Starts a report and waits for its background generation; returns the report.</summary>
    private static async Task<JsonElement> GenerateAsync(HttpClient admin, string kind = "Quarter", int year = 2026, int number = 1)
    {
        var run = await (await admin.PostJsonAsync("/api/v1/reports", new { kind, year, number })).ReadAsync<JsonElement>(HttpStatusCode.Accepted);
        return await WaitAsync(admin, run);
    }

    private static async Task<JsonElement> WaitAsync(HttpClient admin, JsonElement run)
    {
        var runId = run.GetProperty("id").GetGuid();
        for (var i = 0; i < 300; i++)
        {
            run = await (await admin.GetAsync($"/api/v1/reports/runs/{runId}")).ReadAsync<JsonElement>();
            var status = run.GetProperty("status").GetString();
            if (status == "Succeeded") break;
            status.ShouldNotBe("Failed", run.ToString());
            await Task.Delay(100);
        }
        run.GetProperty("status").GetString().ShouldBe("Succeeded");
        run.GetProperty("progressPercent").GetInt32().ShouldBe(100);
        return await (await admin.GetAsync($"/api/v1/reports/{run.GetProperty("reportId").GetGuid()}")).ReadAsync<JsonElement>();
    }

    private static Task<HttpResponseMessage> DecideAsync(HttpClient client, JsonElement report, string action, string? comment = null) =>
        client.PostJsonAsync($"/api/v1/reports/{report.GetProperty("id").GetGuid()}/{action}", new { version = report.GetProperty("version").GetGuid(), comment });

    private static int Int(JsonElement e, params string[] path) => path.Aggregate(e, (x, p) => x.GetProperty(p)).GetInt32();

    [Fact]
    public async Task The_figures_match_the_hand_computed_quarter()
    {
        var u = await NewUnitAsync();
        await ArrangeQuarterAsync(u);
        var report = await GenerateAsync(u.Admin);
        var f = report.GetProperty("figures");

        f.GetProperty("through").GetString().ShouldBe("2026-03-31");
        Int(f, "reception", "contacts").ShouldBe(7);
        f.GetProperty("reception").GetProperty("byKind").EnumerateArray().Select(k => (k.GetProperty("kind").GetString(), k.GetProperty("count").GetInt32()))
            .ShouldBe([("Guidance", 5), ("AdministrativeHelp", 2)]);
        Int(f, "counselling", "sessions").ShouldBe(3);
        Int(f, "counselling", "withPatients").ShouldBe(2);
        Int(f, "counselling", "withRelatives").ShouldBe(1);
        Int(f, "counselling", "peopleCounselled").ShouldBe(2);
        Int(f, "communication", "items").ShouldBe(3);
        Int(f, "communication", "audienceReached").ShouldBe(200);
        f.GetProperty("communication").GetProperty("byChannel").EnumerateArray().Select(k => (k.GetProperty("channel").GetString(), k.GetProperty("count").GetInt32()))
            .ShouldBe([("Loudspeaker", 2), ("SocialNetworkPost", 1)]);
        var money = f.GetProperty("fundraising");
        money.GetProperty("cashRaised").GetInt64().ShouldBe(210_000_000);
        money.GetProperty("goodsValueRaised").GetInt64().ShouldBe(6_000_000);
        money.GetProperty("cashDistributed").GetInt64().ShouldBe(3_000_000);
        money.GetProperty("patientsSupported").GetInt32().ShouldBe(3);
        money.GetProperty("goodsReceived")[0].GetProperty("quantity").GetInt32().ShouldBe(3);
        money.GetProperty("goodsDistributed")[0].GetProperty("item").GetString().ShouldBe("Xe lăn");
        money.GetProperty("goodsDistributed")[0].GetProperty("quantity").GetInt32().ShouldBe(2);
        Int(f, "charity", "activities").ShouldBe(3);
        Int(f, "charity", "beneficiaries").ShouldBe(636);
        f.GetProperty("charity").GetProperty("byKind").EnumerateArray().Select(k => (k.GetProperty("kind").GetString(), k.GetProperty("beneficiaries").GetInt32()))
            .ShouldBe([("FreeMeals", 250), ("GiftsChildrensDay", 386)]);
        Int(f, "services", "deliveries").ShouldBe(2);
        Int(f, "training", "coursesHeld").ShouldBe(2);
        Int(f, "training", "participants").ShouldBe(12);
        Int(f, "training", "peopleTrained").ShouldBe(11);   // people, not participations
        Int(f, "training", "medicalStaffTrained").ShouldBe(11);
        f.GetProperty("training").GetProperty("medicalStaffTrainedPercent").GetDecimal().ShouldBe(27.5m);
        Int(f, "cases", "casesOpened").ShouldBe(2);
        Int(f, "cases", "casesClosed").ShouldBe(1);
        Int(f, "cases", "openCasesAtEnd").ShouldBe(2);
        Int(f, "cases", "childrenInSpecialCircumstancesSupported").ShouldBe(1);

        report.GetProperty("dueOn").GetString().ShouldBe("2026-04-15");
        report.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()).ShouldBe(["Created", "Generated"]);
        // One report per facility and period.
        await (await u.Admin.PostJsonAsync("/api/v1/reports", new { kind = "Quarter", year = 2026, number = 1 })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await u.Admin.PostJsonAsync("/api/v1/reports", new { kind = "FiveYear", year = 2022, number = 1 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await u.Admin.PostJsonAsync("/api/v1/reports", new { kind = "Year", year = 2099, number = 1 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_current_period_cannot_be_submitted_before_it_ends()
    {
        var u = await NewUnitAsync();
        var current = Periods.QuarterOf(VietnamClock.Today());
        var report = await GenerateAsync(u.Admin, "Quarter", current.Year, current.Number);

        var problem = await (await DecideAsync(u.Admin, report, "submit")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("code").GetString().ShouldBe("report-period-not-ended");
        problem.GetProperty("detail").GetString()!.ShouldContain(current.End.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        var after = await (await u.Admin.GetAsync($"/api/v1/reports/{report.GetProperty("id").GetGuid()}")).ReadAsync<JsonElement>();
        after.GetProperty("status").GetString().ShouldBe("Draft");
    }

    [Fact]
    public async Task Draft_submit_return_resubmit_approve_with_who_may_do_what()
    {
        var u = await NewUnitAsync();
        var report = await GenerateAsync(u.Admin, "HalfYear", 2026, 1);
        var id = report.GetProperty("id").GetGuid();

        // The province does not see a unit's unsent draft; a social worker reads but may not submit.
        (await u.Officer.GetAsync($"/api/v1/reports/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await u.Worker.GetAsync($"/api/v1/reports/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await DecideAsync(u.Worker, report, "submit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        report = await (await u.Admin.PutJsonAsync($"/api/v1/reports/{id}", new
        {
            version = report.GetProperty("version").GetGuid(), reportNumber = "12/BC-BV", place = "Thanh Hóa", results = "Hoàn thành kế hoạch.",
            difficulties = "Nhân lực còn thiếu.", proposals = "Đề nghị Sở hỗ trợ đào tạo.", recipients = "Sở Y tế (b/c);\nLưu: VT.", signerName = "Nguyễn Văn A", signerTitle = "Giám đốc",
        })).ReadAsync<JsonElement>();
        // A stale version is a conflict.
        await (await u.Admin.PutJsonAsync($"/api/v1/reports/{id}", new { version = Guid.NewGuid(), results = "x" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        report = await (await DecideAsync(u.Admin, report, "submit")).ReadAsync<JsonElement>();
        report.GetProperty("status").GetString().ShouldBe("Submitted");
        var inbox = await (await u.Officer.GetAsync("/api/v1/reports?status=Submitted")).ReadAsync<JsonElement>();
        inbox.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ShouldContain(id);
        // The unit may not approve its own report; the officer may not return without a comment.
        (await DecideAsync(u.Admin, report, "approve")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var officerView = await (await u.Officer.GetAsync($"/api/v1/reports/{id}")).ReadAsync<JsonElement>();
        await (await DecideAsync(u.Officer, officerView, "return")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        // Another province's officer does not see it at all.
        using var otherOfficer = await World.ClientForAsync(TestWorld.Officer2);
        (await DecideAsync(otherOfficer, officerView, "approve")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        report = await (await DecideAsync(u.Officer, officerView, "return", "Bổ sung số liệu tham vấn.")).ReadAsync<JsonElement>();
        report.GetProperty("status").GetString().ShouldBe("Returned");
        report.GetProperty("lastComment").GetString().ShouldBe("Bổ sung số liệu tham vấn.");

        // The unit edits, regenerates and resubmits.
        var mine = await (await u.Admin.GetAsync($"/api/v1/reports/{id}")).ReadAsync<JsonElement>();
        mine.GetProperty("editable").GetBoolean().ShouldBeTrue();
        mine = await WaitAsync(u.Admin, await (await u.Admin.PostAsync($"/api/v1/reports/{id}/regenerate", null)).ReadAsync<JsonElement>(HttpStatusCode.Accepted));
        mine = await (await DecideAsync(u.Admin, mine, "submit", "Đã bổ sung.")).ReadAsync<JsonElement>();
        officerView = await (await u.Officer.GetAsync($"/api/v1/reports/{id}")).ReadAsync<JsonElement>();
        var approved = await (await DecideAsync(u.Officer, officerView, "approve", "Đạt.")).ReadAsync<JsonElement>();
        approved.GetProperty("status").GetString().ShouldBe("Approved");
        approved.GetProperty("editable").GetBoolean().ShouldBeFalse();
        approved.GetProperty("firstSubmittedAt").GetDateTimeOffset().ShouldBeLessThan(approved.GetProperty("submittedAt").GetDateTimeOffset());

        var history = approved.GetProperty("history").EnumerateArray().ToList();
        history.Select(h => h.GetProperty("action").GetString()).ShouldBe(["Created", "Generated", "Submitted", "Returned", "Generated", "Submitted", "Approved"]);
        history[3].GetProperty("comment").GetString().ShouldBe("Bổ sung số liệu tham vấn.");
        history[3].GetProperty("byName").GetString()!.ShouldStartWith("officer-");
        history.ShouldAllBe(h => h.GetProperty("at").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddHours(-1));
    }

    [Fact]
    public async Task An_approved_report_is_locked_until_the_province_reopens_it()
    {
        var u = await NewUnitAsync();
        await ArrangeQuarterAsync(u);
        var report = await GenerateAsync(u.Admin);
        var id = report.GetProperty("id").GetGuid();
        report = await (await DecideAsync(u.Admin, report, "submit")).ReadAsync<JsonElement>();
        report = await (await DecideAsync(u.Officer, report, "approve")).ReadAsync<JsonElement>();

        // A record of the quarter entered after the approval leaves the approved figures as submitted.
        await AddGuidanceAsync(factory, u.FacilityId, 1000);
        var locked = await (await u.Admin.GetAsync($"/api/v1/reports/{id}")).ReadAsync<JsonElement>();
        Int(locked, "figures", "reception", "contacts").ShouldBe(7);
        (await (await u.Admin.PutJsonAsync($"/api/v1/reports/{id}", new { version = locked.GetProperty("version").GetGuid(), results = "sửa" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString().ShouldBe("report-status");
        await (await u.Admin.PostAsync($"/api/v1/reports/{id}/regenerate", null)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await DecideAsync(u.Admin, locked, "submit")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await DecideAsync(u.Officer, locked, "return", "x")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        // The province reopens it with the reason; the unit corrects it and the new record counts.
        await (await DecideAsync(u.Officer, locked, "reopen")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var reopened = await (await DecideAsync(u.Officer, locked, "reopen", "Đơn vị đề nghị điều chỉnh số liệu tiếp đón.")).ReadAsync<JsonElement>();
        reopened.GetProperty("status").GetString().ShouldBe("Draft");
        reopened.GetProperty("history").EnumerateArray().Last().GetProperty("action").GetString().ShouldBe("Reopened");
        var corrected = await WaitAsync(u.Admin, await (await u.Admin.PostAsync($"/api/v1/reports/{id}/regenerate", null)).ReadAsync<JsonElement>(HttpStatusCode.Accepted));
        Int(corrected, "figures", "reception", "contacts").ShouldBe(1007);
    }

    [Fact]
    public async Task Timeliness_shows_on_time_late_overdue_and_not_yet_due()
    {
        var late = await NewUnitAsync();
        var missing = await NewUnitAsync(late.ProvinceId);
        var officer = late.Officer;

        // Q1 2026 is due on 15/04/2026 (the default rule), long past: a submission now is late, none is overdue.
        var q1 = await GenerateAsync(late.Admin);
        await (await DecideAsync(late.Admin, q1, "submit")).ReadAsync<JsonElement>();
        var t1 = await (await officer.GetAsync($"/api/v1/provinces/{late.ProvinceId}/report-timeliness?kind=Quarter&year=2026&number=1")).ReadAsync<JsonElement>();
        t1.GetProperty("dueOn").GetString().ShouldBe("2026-04-15");
        var states = t1.GetProperty("facilities").EnumerateArray().ToDictionary(f => f.GetProperty("facilityId").GetGuid(), f => f.GetProperty("state").GetString());
        states[late.FacilityId].ShouldBe("Late");
        states[missing.FacilityId].ShouldBe("Overdue");
        Int(t1, "late").ShouldBe(1);
        Int(t1, "overdue").ShouldBe(1);
        t1.GetProperty("onTimePercent").GetDecimal().ShouldBe(0m);

        // The province gives Q2 2026 a deadline far ahead: a submission now is on time, the other unit not yet due.
        (await officer.PutJsonAsync($"/api/v1/provinces/{late.ProvinceId}/report-deadlines", new { kind = "Quarter", year = 2026, number = 2, dueOn = "2099-12-31" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var q2 = await GenerateAsync(late.Admin, "Quarter", 2026, 2);
        q2.GetProperty("dueOn").GetString().ShouldBe("2099-12-31");
        await (await DecideAsync(late.Admin, q2, "submit")).ReadAsync<JsonElement>();
        var t2 = await (await officer.GetAsync($"/api/v1/provinces/{late.ProvinceId}/report-timeliness?kind=Quarter&year=2026&number=2")).ReadAsync<JsonElement>();
        states = t2.GetProperty("facilities").EnumerateArray().ToDictionary(f => f.GetProperty("facilityId").GetGuid(), f => f.GetProperty("state").GetString());
        states[late.FacilityId].ShouldBe("OnTime");
        states[missing.FacilityId].ShouldBe("NotYetDue");
        t2.GetProperty("onTimePercent").GetDecimal().ShouldBe(100m);

        // The on-time date is the first submission: a return and a resubmission do not move it.
        var view = await (await officer.GetAsync($"/api/v1/reports/{q1.GetProperty("id").GetGuid()}")).ReadAsync<JsonElement>();
        view.GetProperty("firstSubmittedAt").ValueKind.ShouldBe(JsonValueKind.String);
        // The province's table is for its own officers only.
        (await late.Admin.GetAsync($"/api/v1/provinces/{late.ProvinceId}/report-timeliness?kind=Quarter&year=2026&number=1")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var otherOfficer = await World.ClientForAsync(TestWorld.Officer1);
        (await otherOfficer.GetAsync($"/api/v1/provinces/{late.ProvinceId}/report-timeliness?kind=Quarter&year=2026&number=1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Timeliness_counts_the_whole_province_and_pages_the_facilities_in_vietnamese_order()
    {
        var u = await NewUnitAsync();
        // Beside the unit's own "Bệnh viện báo cáo": nobody submitted Q1 2026, so all six are overdue.
        foreach (var (type, name) in new[]
        {
            (FacilityType.CommuneHealthStation, "Trạm Y tế xã Em"), (FacilityType.CommuneHealthStation, "Trạm Y tế xã Đặng Xá"),
            (FacilityType.CommuneHealthStation, "Trạm Y tế xã Dương Nội"), (FacilityType.PublicHospital, "Bệnh viện Mắt"),
            (FacilityType.PublicHospital, "Bệnh viện Đa khoa"),
        })
        {
            await World.NewFacilityAsync(u.ProvinceId, type, name);
        }
        var url = $"/api/v1/provinces/{u.ProvinceId}/report-timeliness?kind=Quarter&year=2026&number=1";
        async Task<JsonElement> Get(string query) => await (await u.Officer.GetAsync(url + query)).ReadAsync<JsonElement>();
        static List<string> Names(JsonElement t) => t.GetProperty("facilities").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();

        var first = await Get("&pageSize=4");
        Int(first, "overdue").ShouldBe(6);
        first.GetProperty("facilityCount").GetInt32().ShouldBe(6);
        Names(first).ShouldBe(["Bệnh viện báo cáo", "Bệnh viện Đa khoa", "Bệnh viện Mắt", "Trạm Y tế xã Dương Nội"]);
        Names(await Get("&pageSize=4&page=2")).ShouldBe(["Trạm Y tế xã Đặng Xá", "Trạm Y tế xã Em"]);

        // Filters narrow the rows, never the province's counts.
        var stations = await Get("&group=CommuneStation");
        stations.GetProperty("facilityCount").GetInt32().ShouldBe(3);
        Int(stations, "overdue").ShouldBe(6);
        Names(await Get("&search=dang%20xa")).ShouldBe(["Trạm Y tế xã Đặng Xá"]);
        (await Get("&state=OnTime")).GetProperty("facilities").GetArrayLength().ShouldBe(0);

        await (await u.Officer.GetAsync(url + "&pageSize=201")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await u.Officer.GetAsync(url + "&state=Soon")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Each_sees_only_its_own_reports()
    {
        var mine = await NewUnitAsync();
        var neighbour = await NewUnitAsync(mine.ProvinceId);
        var report = await GenerateAsync(mine.Admin, "Year", 2025);
        var id = report.GetProperty("id").GetGuid();
        await (await DecideAsync(mine.Admin, report, "submit")).ReadAsync<JsonElement>();

        (await neighbour.Admin.GetAsync($"/api/v1/reports/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.Admin.GetAsync($"/api/v1/reports/{id}/export?format=Pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await neighbour.Admin.GetAsync("/api/v1/reports")).ReadAsync<JsonElement>()).GetArrayLength().ShouldBe(0);
        var listed = await (await mine.Officer.GetAsync("/api/v1/reports")).ReadAsync<JsonElement>();
        listed.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ShouldBe([id]);
        using var officer1 = await World.ClientForAsync(TestWorld.Officer1);
        (await (await officer1.GetAsync("/api/v1/reports")).ReadAsync<JsonElement>()).EnumerateArray()
            .ShouldAllBe(r => r.GetProperty("id").GetGuid() != id);
    }

    [Fact]
    public async Task The_pdf_is_in_the_administrative_format_and_the_excel_has_the_figures()
    {
        var u = await NewUnitAsync();
        await ArrangeQuarterAsync(u);
        // The running five-year span 2026–2030 counts the quarter and the records of April (9,999 VND more).
        var report = await GenerateAsync(u.Admin, "FiveYear", 2026);
        var id = report.GetProperty("id").GetGuid();
        await (await u.Admin.PutJsonAsync($"/api/v1/reports/{id}", new
        {
            version = report.GetProperty("version").GetGuid(), reportNumber = "45/BC-BVĐK", place = "Thanh Hóa", results = "Tổ chức hỗ trợ người bệnh.",
            difficulties = "Nhân lực còn thiếu; cơ sở vật chất hạn chế.", proposals = "Đề nghị Sở Y tế hỗ trợ đào tạo chuyên sâu.",
            nextPeriodPlan = "100% người bệnh được hỗ trợ thông tin, tư vấn khi cần.", recipients = "Sở Y tế Thanh Hóa (b/c);\nBGĐ (b/c);\nLưu: VT, Phòng CTXH.",
            signerName = "Lê Văn Giám", signerTitle = "Giám đốc",
        })).ReadAsync<JsonElement>();

        var pdf = await u.Admin.GetAsync($"/api/v1/reports/{id}/export?format=Pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        foreach (var expected in new[]
                 {
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 45/BC-BVĐK", "BÁO CÁO", "giai đoạn 2026 - 2030",
                     "Hoạt động chuyên môn", "210.009.999", "Xe lăn", "386", "KẾ HOẠCH GIAI ĐOẠN 2031 - 2035", "Số liệu tính đến ngày", "KIẾN NGHỊ, ĐỀ XUẤT",
                     "Nơi nhận:", "Sở Y tế Thanh Hóa (b/c);", "GIÁM ĐỐC", "Lê Văn Giám", "BỆNH VIỆN BÁO CÁO",
                 })
        {
            text.ShouldContain(expected, Shouldly.Case.Sensitive, $"the PDF lacks \"{expected}\"");
        }
        text.ShouldContain("Thanh Hóa, ngày ");

        var xlsx = await u.Admin.GetAsync($"/api/v1/reports/{id}/export?format=Xlsx");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.ShouldContain(r => Equals(r["Nội dung"], "Vận động tài trợ: tiền mặt tiếp nhận (đồng)") && Equals(r["Giá trị"], "210.009.999"));
        rows.ShouldContain(r => Equals(r["Mục"], "Kiến nghị, đề xuất") && Equals(r["Giá trị"], "Đề nghị Sở Y tế hỗ trợ đào tạo chuyên sâu."));
    }
}

public sealed class PeriodicReportsOnPostgres(SharedPostgres api) : PeriodicReportTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class PeriodicReportsOnSqlite(SharedSqlite api) : PeriodicReportTests(api.Factory), IClassFixture<SharedSqlite>;
