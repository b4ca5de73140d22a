using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Consents;
using SocialWorkCloud.Domain.Counselling;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Referrals;

namespace SocialWorkCloud.Api.Seeding;

/// <summary>
/// A lived-in case-management module for the demo accounts: the flagship hospital's clients and cases at
/// every stage (one plan awaiting the unit head, one child at high risk, one sensitive case, an overdue
/// task), services, counselling, consents, and a referral waiting in the demo ward station's inbox.
/// </summary>
public static class CaseManagementDemoData
{
    public static async Task SeedAsync(AppDbContext db, TenantScope tenant, Facility hospital, Facility station, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var worker = await db.Users.Where(u => u.Email == "hospital.worker@demo.vn").Select(u => u.Id).SingleAsync(ct);
        var head = await db.Users.Where(u => u.Email == "hospital.admin@demo.vn").Select(u => u.Id).SingleAsync(ct);
        var collaborator = await db.Users.Where(u => u.Email == "collaborator@demo.vn").Select(u => u.Id).SingleAsync(ct);

        var patientNumber = 0;
        using (tenant.Enter(hospital.Id))
        {
            Client NewClient(string name, int year, Sex sex, Vulnerability v, string? cccd = null, string? phone = null, string? commune = null)
            {
                var client = new Client(name)
                {
                    Id = Guid.NewGuid(), FacilityId = hospital.Id,
                    BirthYear = year, Sex = sex, Vulnerabilities = v, NationalId = cccd, Phone = phone, CommuneWard = commune, Province = "Tỉnh Thanh Hóa",
                    CommuneCode = commune is null ? null : Application.Features.Places.PlaceCatalogue.Rows
                        .FirstOrDefault(r => r.ProvinceCode == DemoSeeder.PlaceCode && r.CommuneName == commune)?.CommuneCode,
                    PatientId = $"BN26{++patientNumber:0000}", CreatedAt = now.AddDays(-60), CreatedBy = worker,
                };
                db.Clients.Add(client);
                return client;
            }

            // The demo history goes through the case's own transitions, back-dated: opened, moved a stage a day,
            // the plan written, requested and approved before implementation, closed through the closure approval.
            Case NewCase(Client client, CaseStage stage, int daysAgo, string problem, CasePriority priority = CasePriority.Normal, RiskLevel risk = RiskLevel.Medium,
                Guid? assignee = null, bool sensitive = false, ApprovalState plan = ApprovalState.None, params (string Goal, ServiceType Service, int DueInDays)[] goals)
            {
                var opened = now.AddDays(-daysAgo);
                var @case = Case.Open(client.Id, assignee ?? worker, priority, risk, sensitive, IntakeSource.ClinicalDepartment, problem,
                    UrgentNeed.Money | UrgentNeed.TransportHome, today.AddDays(-daysAgo), worker, opened);
                var planned = false;
                void Plan(DateTimeOffset at)
                {
                    @case.SavePlan(goals.Select(g => new PlanGoalDraft(g.Goal, g.Service, "Trần Thị Lan", today.AddDays(g.DueInDays))), today.AddDays(30));
                    @case.RequestPlanApproval(goals.Length, null, worker, at);
                    if (plan == ApprovalState.Approved) @case.DecidePlan(true, null, head, at.AddHours(1));
                    planned = true;
                }
                var path = new[] { CaseStage.Assessment, CaseStage.Planning, CaseStage.Implementation, CaseStage.Monitoring }
                    .Where(s => s <= stage || stage == CaseStage.Closed).ToList();
                foreach (var (s, i) in path.Select((s, i) => (s, i + 1)))
                {
                    if (s == CaseStage.Implementation && !planned) Plan(opened.AddDays(i).AddHours(-2));
                    @case.MoveTo(s, null, worker, opened.AddDays(i));
                }
                if (!planned && plan != ApprovalState.None) Plan(now.AddDays(-5));
                if (stage == CaseStage.Closed)
                {
                    @case.RequestClosure("Đã ra viện, về nhà an toàn", worker, now.AddDays(-21));
                    @case.DecideClosure(true, null, head, now.AddDays(-20), today.AddDays(-20));
                }
                db.Cases.Add(@case);
                db.AddRange(@case.TakeNewRecords());
                return @case;
            }

            void Service(Case @case, ServiceType type, int daysAgo, string provider, long value, int quantity = 1) =>
                db.ServicesDelivered.Add(ServiceDelivered.Record(@case, type, today.AddDays(-daysAgo), provider, quantity, value, null, "case", null, now.AddDays(-daysAgo), worker));

            var an = NewClient("Nguyễn Văn An", 1958, Sex.Male, Vulnerability.Elderly | Vulnerability.Hardship, "038058001234", "0912345678", "Phường Đông Sơn");
            var anCase = NewCase(an, CaseStage.Implementation, 20, "Bệnh nhân vãng lai, không có tiền viện phí và tiền xe về quê.", CasePriority.High,
                plan: ApprovalState.Approved, goals: [("Hỗ trợ tiền xe về quê", ServiceType.Transport, 5), ("Suất ăn trong thời gian điều trị", ServiceType.Meals, 10)]);
            Service(anCase, ServiceType.Meals, 6, "Bếp ăn từ thiện", 150_000, 5);
            Service(anCase, ServiceType.FinancialSupport, 3, "Quỹ hỗ trợ người bệnh nghèo", 2_000_000);

            var mai = NewClient("Lê Thị Mai", 1990, Sex.Female, Vulnerability.SeriousIllness | Vulnerability.Hardship, "038190005678", "0987001122", "Phường Hạc Thành");
            NewCase(mai, CaseStage.Planning, 8, "Bệnh nhân ung thư, gia đình hộ nghèo, cần hỗ trợ chi phí điều trị.", CasePriority.High, RiskLevel.Medium,
                plan: ApprovalState.Requested,
                goals: [("Kết nối nhà hảo tâm hỗ trợ chi phí hóa trị", ServiceType.FinancialSupport, 14), ("Tham vấn tâm lý cho người bệnh", ServiceType.PsychosocialSupportAndCounselling, 7)]);

            var be = NewClient("Hoàng Văn Bé", today.Year - 6, Sex.Male, Vulnerability.ChildAbandoned | Vulnerability.UnidentifiedOrWithoutRelatives);
            var beCase = NewCase(be, CaseStage.Assessment, 3, "Trẻ bị bỏ rơi tại khoa Nhi, chưa xác định được người thân.", CasePriority.Urgent, RiskLevel.High);
            db.Assessments.Add(new Assessment
            {
                Id = Guid.NewGuid(), FacilityId = hospital.Id, CaseId = beCase.Id, AssessedOn = today.AddDays(-2), Health = "Suy dinh dưỡng nhẹ", Psychological = "Sợ hãi, ít nói",
                FamilyAndEconomic = "Chưa xác định", Legal = "Cần báo công an phường", Risks = "Không người chăm sóc khi ra viện", RiskLevel = RiskLevel.High, RecordedAt = now.AddDays(-2), RecordedBy = worker,
            });
            db.CaseAlerts.Add(new CaseAlert { Id = Guid.NewGuid(), FacilityId = hospital.Id, CaseId = beCase.Id, Kind = CaseAlertKind.ChildAtHighRisk, RaisedAt = now.AddDays(-2) });
            db.FollowUpTasks.Add(new FollowUpTask { Id = Guid.NewGuid(), FacilityId = hospital.Id, CaseId = beCase.Id, Title = "Liên hệ công an phường xác minh nhân thân", DueOn = today.AddDays(-1), AssigneeId = worker, CreatedAt = now.AddDays(-3) });

            var hoa = NewClient("Trần Thị Hoa", 1985, Sex.Female, Vulnerability.ViolenceAbuseTraffickingVictim, "038185009876", "0905123456");
            NewCase(hoa, CaseStage.Assessment, 2, "Nghi bị bạo lực gia đình, nhập viện do chấn thương.", CasePriority.Urgent, RiskLevel.High, sensitive: true);

            var binh = NewClient("Phạm Văn Bình", 1948, Sex.Male, Vulnerability.Elderly | Vulnerability.Disability, null, "0978111222", "Phường Hàm Rồng");
            var binhCase = NewCase(binh, CaseStage.Monitoring, 45, "Người cao tuổi khuyết tật, cần xe lăn và người chăm sóc sau ra viện.", assignee: collaborator,
                plan: ApprovalState.Approved, goals: [("Trao xe lăn", ServiceType.AssistiveDevices, -20)]);
            Service(binhCase, ServiceType.AssistiveDevices, 25, "Hội Chữ thập đỏ tỉnh", 2_500_000);
            db.FollowUpTasks.Add(new FollowUpTask { Id = Guid.NewGuid(), FacilityId = hospital.Id, CaseId = binhCase.Id, Title = "Gọi điện hỏi thăm sau ra viện", DueOn = today.AddDays(7), AssigneeId = collaborator, CreatedAt = now.AddDays(-10) });
            db.ConsentRecords.Add(new ConsentRecord { Id = Guid.NewGuid(), FacilityId = hospital.Id, ClientId = binh.Id, Purpose = ConsentPurpose.SharingInReferral, GivenBy = ConsentGiver.Client, GivenOn = today.AddDays(-2), RecordedAt = now.AddDays(-2), RecordedBy = worker });

            var closedCase = NewCase(NewClient("Đỗ Thị Lan", 1972, Sex.Female, Vulnerability.Hardship), CaseStage.Closed, 60, "Hỗ trợ chi phí điều trị gãy chân.",
                plan: ApprovalState.Approved, goals: [("Hỗ trợ chi phí điều trị", ServiceType.FinancialSupport, -40)]);
            Service(closedCase, ServiceType.FinancialSupport, 40, "Quỹ hỗ trợ người bệnh nghèo", 3_000_000);

            foreach (var (client, before, after, relative) in new[] { (mai, 8, 5, false), (an, 6, 4, false), (be, 9, 7, true) })
            {
                db.CounsellingSessions.Add(new CounsellingSession
                {
                    Id = Guid.NewGuid(), FacilityId = hospital.Id, ClientId = client.Id, WithRelative = relative, RelativeName = relative ? "Điều dưỡng khoa Nhi" : null,
                    HeldOn = today.AddDays(-3), DurationMinutes = 45, Topic = relative ? "Chăm sóc trẻ bị bỏ rơi" : "Lo âu về bệnh tật và chi phí", CounsellorId = worker,
                    DistressBefore = before, DistressAfter = after, RecordedAt = now.AddDays(-3),
                });
            }

            // A hospital discharge referred to the ward station of the patient's home commune, awaiting its answer.
            var (referral, package) = Referral.ToFacility(
                binhCase.Id, binh.Id, hospital.Id, hospital.Name, station.Id, "Ra viện, cần theo dõi và hỗ trợ chăm sóc tại nhà", today.AddDays(-1),
                new SharedReferralData(binh.FullName, binh.BirthYear, null, binh.Phone, null, binhCase.PresentingProblem, null),
                sharesPersonalData: true, consentInForce: true, consentOverrideReason: null, worker, now.AddDays(-1));
            db.Referrals.Add(referral);
            db.ReferralPackages.Add(package);
            await db.SaveChangesAsync(ct);
        }
    }
}
