using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Charity;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Communication;
using SocialWorkCloud.Domain.Counselling;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Fundraising;
using SocialWorkCloud.Domain.Reception;
using SocialWorkCloud.Domain.Training;
using SocialWorkCloud.Domain.Workforce;
using SocialWorkCloud.IntegrationTests.Infrastructure;
using Case = SocialWorkCloud.Domain.Cases.Case;

namespace SocialWorkCloud.IntegrationTests.Targets;

/// <summary>
/// A fixed data set in a province of its own, judged as of 30/06/2026 (day 181 of 365). The hospital H
/// (a department since 2024) has every kind of record, some inside the period, some before 1 January or
/// after the date; a second hospital H2 (a team) has none; CDC P1 has collaborators since 2025, CDC P2
/// nothing; the station S nothing. The expected figures are computed by hand next to each record.
/// </summary>
public sealed record IndicatorWorld(Guid Province, Guid H, Guid H2, Guid P1, Guid P2, Guid S, HttpClient Officer, HttpClient HeadH, HttpClient HeadH2)
{
    public static readonly DateOnly AsOf = new(2026, 6, 30);

    public static async Task<IndicatorWorld> ArrangeAsync(ApiFactory factory)
    {
        var world = factory.World;
        var province = await world.NewProvinceAsync("Tỉnh Chỉ Tiêu " + Guid.NewGuid().ToString("N")[..6]);
        var h = await world.NewFacilityAsync(province, FacilityType.PublicHospital, "Bệnh viện Chỉ Tiêu", (UnitStatus.Department, new DateOnly(2024, 1, 1)));
        var h2 = await world.NewFacilityAsync(province, FacilityType.PublicHospital, "Bệnh viện Đối Chứng", (UnitStatus.Team, new DateOnly(2024, 1, 1)));
        var p1 = await world.NewFacilityAsync(province, FacilityType.DistrictHealthCentre, "Trung tâm Y tế Có CTV", (UnitStatus.CollaboratorsOnly, new DateOnly(2025, 6, 1)));
        var p2 = await world.NewFacilityAsync(province, FacilityType.DistrictHealthCentre, "Trung tâm Y tế Chưa Có");
        var s = await world.NewFacilityAsync(province, FacilityType.CommuneHealthStation, "Trạm Y tế Chỉ Tiêu");
        var officer = $"officer-{Guid.NewGuid():N}@test.vn";
        await world.NewUserAsync(officer, UserRole.ProvinceOfficer, null, province);
        var headH = $"head-{Guid.NewGuid():N}@test.vn";
        await world.NewUserAsync(headH, UserRole.FacilityAdmin, h, null);
        var headH2 = $"head-{Guid.NewGuid():N}@test.vn";
        await world.NewUserAsync(headH2, UserRole.FacilityAdmin, h2, null);
        await RecordsOfHAsync(factory, h);
        return new IndicatorWorld(province, h, h2, p1, p2, s, await world.ClientForAsync(officer), await world.ClientForAsync(headH), await world.ClientForAsync(headH2));
    }

    private static async Task RecordsOfHAsync(ApiFactory factory, Guid h)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var _ = scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(h);
        var now = DateTimeOffset.UtcNow;
        static DateOnly D(int y, int m, int d) => new(y, m, d);

        // Training — medical staff 100 (the registry). C1 (01/03/2026): "Bác sĩ A" and "bac si a" (the same person) + 8 unnamed = 9.
        // C2 starts 01/08/2026, after the date (20 not counted); C0 is in 2025 (10 not counted). Trained: 9/100 = 9.0%.
        TrainingCourse Course(DateOnly on) => new() { Id = Guid.NewGuid(), Title = "Giao tiếp " + on, Organiser = "Sở Y tế", Type = TrainingType.Course, StartsOn = on, EndsOn = on, Hours = 8, CreatedAt = now };
        var c0 = Course(D(2025, 5, 1));
        var c1 = Course(D(2026, 3, 1));
        var c2 = Course(D(2026, 8, 1));
        db.TrainingCourses.AddRange(c0, c1, c2);
        TrainingParticipant Medical(TrainingCourse c, string? name, int headcount) => new() { Id = Guid.NewGuid(), CourseId = c.Id, Kind = ParticipantKind.MedicalStaff, Name = name, Headcount = headcount };
        db.TrainingParticipants.AddRange(Medical(c0, null, 10), Medical(c1, "Bác sĩ A", 1), Medical(c1, "bac si a", 1), Medical(c1, null, 8), Medical(c2, null, 20));

        // Cases and counselling — clients with a case open during 01/01–30/06/2026: K1, K2, K3 (3).
        // K1: case from 01/02/2026, counselled 01/03 and 10/03 → supported. K2: case 01/10/2025–15/01/2026, a service on 10/01/2026 → supported.
        // K3 (an abandoned child): case from 01/04/2026, counselled only on 01/07 (after the date) → not supported.
        // K4 (an orphan): case closed 31/12/2025 (before the period), counselled 01/02/2026 → not in the denominator.
        // K5: case from 15/07/2026 (after the date) → not counted. Patients in need supported: 2/3 = 66.7%.
        // Children in special circumstances with a case in the period: K3 only → 1. Clients counselled in the period: K1, K4 → 2.
        var worker = Guid.NewGuid();
        Client Person(string name, Vulnerability v = Vulnerability.None) => new(name)
        {
            Id = Guid.NewGuid(), Vulnerabilities = v, CreatedAt = now,
        };
        var k1 = Person("K1");
        var k2 = Person("K2");
        var k3 = Person("K3", Vulnerability.ChildAbandoned);
        var k4 = Person("K4", Vulnerability.ChildOrphaned);
        var k5 = Person("K5");
        db.Clients.AddRange(k1, k2, k3, k4, k5);
        Case Open(Client c, DateOnly opened, DateOnly? closed = null)
        {
            var @case = Case.Open(c.Id, worker, CasePriority.Normal, RiskLevel.Low, false, IntakeSource.Self, "Cần hỗ trợ", UrgentNeed.None, opened, null, now);
            if (closed is { } on)
            {
                @case.RequestClosure("Đã hỗ trợ xong", null, now);
                @case.DecideClosure(true, null, null, now, on);
            }
            return @case;
        }
        var case1 = Open(k1, D(2026, 2, 1));
        var case2 = Open(k2, D(2025, 10, 1), D(2026, 1, 15));
        db.Cases.AddRange(case1, case2, Open(k3, D(2026, 4, 1)), Open(k4, D(2025, 1, 1), D(2025, 12, 31)), Open(k5, D(2026, 7, 15)));
        CounsellingSession Session(Client c, DateOnly on) => new() { Id = Guid.NewGuid(), ClientId = c.Id, HeldOn = on, DurationMinutes = 30, Topic = "Lo âu", CounsellorId = worker, RecordedAt = now };
        db.CounsellingSessions.AddRange(Session(k1, D(2026, 3, 1)), Session(k1, D(2026, 3, 10)), Session(k3, D(2026, 7, 1)), Session(k4, D(2026, 2, 1)));
        db.ServicesDelivered.Add(ServiceDelivered.Record(case2, ServiceType.Meals, D(2026, 1, 10), "Phòng CTXH", 1, 0, null, "case", null, now, null));

        // Money — cash receipts: 30,000,000 (10/01/2026) + 10,000,000 (01/06/2026, reversed on 10/07, after the date: still standing)
        // + 20,000,000 (05/05/2026, reversed 06/05: excluded); goods worth 5,000,000 (not cash); 7,000,000 on 01/07 (after) and
        // 9,000,000 on 31/12/2025 (last year) not counted. Money raised: 40,000,000 VND.
        var campaign = Campaign.Create(Guid.NewGuid(), FundKind.Campaign,
            new CampaignDescription("Vì bệnh nhân nghèo", "Hỗ trợ", null, null, null, null, D(2025, 1, 1), D(2026, 12, 31), null, 100_000_000), now, null);
        campaign.MoveTo(CampaignStatus.Open);
        db.Campaigns.Add(campaign);
        LedgerEntry Entry(EntryKind kind, DateOnly on, long amount, Guid? reverses = null) => new()
        {
            Id = Guid.NewGuid(), CampaignId = campaign.Id, Kind = kind, EntryDate = on, Amount = amount, ReversesId = reverses,
            ReversalReason = reverses is null ? null : "Nhầm", Quantity = kind == EntryKind.GoodsReceipt ? 1 : null, RecordedAt = now,
        };
        var standing = Entry(EntryKind.CashReceipt, D(2026, 1, 10), 30_000_000);
        var reversedLater = Entry(EntryKind.CashReceipt, D(2026, 6, 1), 10_000_000);
        var reversed = Entry(EntryKind.CashReceipt, D(2026, 5, 5), 20_000_000);
        db.LedgerEntries.AddRange(standing, reversedLater, reversed,
            Entry(EntryKind.CashReceipt, D(2026, 5, 6), 20_000_000, reversed.Id),
            Entry(EntryKind.CashReceipt, D(2026, 7, 10), 10_000_000, reversedLater.Id),
            Entry(EntryKind.GoodsReceipt, D(2026, 2, 1), 5_000_000),
            Entry(EntryKind.CashReceipt, D(2026, 7, 1), 7_000_000),
            Entry(EntryKind.CashReceipt, D(2025, 12, 31), 9_000_000));

        // Collaborators — clinical Khoa Nhi (a collaborator), clinical Khoa Nội (its collaborator left 01/03/2026), non-clinical
        // Phòng Tài chính (a collaborator, not counted: not a clinical department). Departments with a collaborator: 1/2 = 50.0%.
        Department Dept(string name, DepartmentKind kind) => new() { Id = Guid.NewGuid(), Name = name, Kind = kind, CreatedAt = now };
        var nhi = Dept("Khoa Nhi", DepartmentKind.Clinical);
        var noi = Dept("Khoa Nội", DepartmentKind.Clinical);
        var taiChinh = Dept("Phòng Tài chính", DepartmentKind.NonClinical);
        db.Departments.AddRange(nhi, noi, taiChinh);
        Collaborator Ctv(Department d, DateOnly? left = null) => new() { Id = Guid.NewGuid(), FullName = "CTV " + d.Name, DepartmentId = d.Id, LeftOn = left, CreatedAt = now };
        db.Collaborators.AddRange(Ctv(nhi), Ctv(noi, D(2026, 3, 1)), Ctv(taiChinh));

        // Certificates — active staff: S1 (certificate without expiry: valid on 01/01/2027), S2 (certificate expiring 01/12/2026),
        // S3 (none); S4 left on 01/05/2026 (not counted). Certified ahead of 2027: (3 − 2)/3 = 33.3%.
        StaffMember Staff(string name, DateOnly? left = null) => new()
        {
            Id = Guid.NewGuid(), FullName = name, SearchName = name.ToLowerInvariant(), Role = StaffRole.SocialWorker, EmploymentType = EmploymentType.Permanent,
            QualificationLevel = QualificationLevel.Bachelor, QualificationMajor = QualificationMajor.SocialWork, LeftOn = left, CreatedAt = now,
        };
        var s1 = Staff("S1");
        var s2 = Staff("S2");
        var s4 = Staff("S4", D(2026, 5, 1));
        db.StaffMembers.AddRange(s1, s2, Staff("S3"), s4);
        PracticeCertificate Cert(StaffMember m, DateOnly? expires) => new()
        {
            Id = Guid.NewGuid(), StaffMemberId = m.Id, Number = "CC-" + Guid.NewGuid().ToString("N")[..8], Issuer = "Sở Y tế", IssuedOn = D(2025, 1, 1), ExpiresOn = expires, CreatedAt = now,
        };
        db.PracticeCertificates.AddRange(Cert(s1, null), Cert(s2, D(2026, 12, 1)), Cert(s4, null));

        // Reception — 5 (05/01/2026) + 7 (30/06/2026) = 12; 100 on 01/07/2026 and 50 on 31/12/2025 not counted.
        var point = new ReceptionPoint { Id = Guid.NewGuid(), Name = "Sảnh", CreatedAt = now };
        db.ReceptionPoints.Add(point);
        ReceptionTally Tally(DateOnly on, int count) => new()
        {
            ClientEntryId = Guid.NewGuid(), PointId = point.Id, Kind = ContactKind.Guidance, Count = count, OccurredAt = now, Date = on, Source = TallySource.Portal, ReceivedAt = now,
        };
        db.ReceptionTallies.AddRange(Tally(D(2026, 1, 5), 5), Tally(D(2026, 6, 30), 7), Tally(D(2026, 7, 1), 100), Tally(D(2025, 12, 31), 50));

        // Communication — 01/02 and 30/06/2026 → 2; 01/07/2026 not counted.
        CommunicationItem Item(DateOnly on) => new() { Id = Guid.NewGuid(), Channel = CommunicationChannel.WebsiteArticle, Title = "Tin " + on, Date = on, CreatedAt = now };
        db.CommunicationItems.AddRange(Item(D(2026, 2, 1)), Item(D(2026, 6, 30)), Item(D(2026, 7, 1)));

        // Charity — held on 01/03/2026 → 1; not held on 01/04, and 01/08 (after the date), not counted.
        CharityActivity Charity(DateOnly on, bool held) => new() { Id = Guid.NewGuid(), Kind = CharityKind.FreeMeals, Title = "Cơm " + on, Date = on, Held = held, CreatedAt = now };
        db.CharityActivities.AddRange(Charity(D(2026, 3, 1), true), Charity(D(2026, 4, 1), false), Charity(D(2026, 8, 1), true));
        await db.SaveChangesAsync();
    }
}
