using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Commendations;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Supervision;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Api.Seeding;

/// <summary>
/// Supervision and commendations of the demo: the Health Department's closed visit to the flagship
/// hospital with recommendations partly followed up (one settled, one overdue in progress, one open),
/// the next visit planned, a closed visit to the CDC; and the hospital's nominations over two years.
/// </summary>
public static class SupervisionDemoData
{
    public static async Task SeedAsync(AppDbContext db, TenantScope tenant, Facility hospital, Facility cdc, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var officerId = await db.Users.Where(u => u.Email == "province@demo.vn").Select(u => (Guid?)u.Id).SingleAsync(ct);
        var team = new List<SupervisionTeamMember>
        {
            new("Nguyễn Thị Hồng", "Phó Trưởng phòng Nghiệp vụ Y, Sở Y tế (Trưởng đoàn)"),
            new("Trần Văn Đức", "Chuyên viên Phòng Tổ chức cán bộ"),
            new("Lê Thị Thu", "Chuyên viên Văn phòng Sở"),
        };
        var conducted = today.AddDays(-120);
        var closedVisit = new SupervisionVisit
        {
            Id = Guid.NewGuid(), ProvinceId = hospital.ProvinceId, FacilityId = hospital.Id, Status = VisitStatus.Closed, PlannedOn = conducted,
            ConductedOn = conducted, Scope = "Kiểm tra việc triển khai Thông tư 51/2024/TT-BYT: tổ chức Phòng CTXH, tiếp đón người bệnh, vận động tài trợ, hồ sơ quản lý ca.",
            Findings = "Phòng CTXH được thành lập đúng quy định (QĐ 512/QĐ-BV ngày 23/3/2025), có trưởng phòng và 6 nhân viên. Tiếp đón, hướng dẫn trên 60.000 lượt người bệnh mỗi năm; sổ sách vận động tài trợ đầy đủ. Tồn tại: chưa có phòng tham vấn riêng; mạng lưới cộng tác viên chưa phủ hết các khoa lâm sàng; một số hồ sơ quản lý ca thiếu kế hoạch can thiệp.",
            Team = team, CreatedBy = officerId, CreatedAt = now.AddDays(-130), ClosedAt = now.AddDays(-118),
        };
        var planned = new SupervisionVisit
        {
            Id = Guid.NewGuid(), ProvinceId = hospital.ProvinceId, FacilityId = hospital.Id, PlannedOn = today.AddDays(20),
            Scope = "Giám sát việc thực hiện các kiến nghị của đợt kiểm tra trước và công tác đào tạo nhân viên y tế.",
            Team = team.Take(2).ToList(), CreatedBy = officerId, CreatedAt = now.AddDays(-5),
        };
        var cdcVisit = new SupervisionVisit
        {
            Id = Guid.NewGuid(), ProvinceId = cdc.ProvinceId, FacilityId = cdc.Id, Status = VisitStatus.Closed, PlannedOn = today.AddDays(-75),
            ConductedOn = today.AddDays(-75), Scope = "Lộ trình triển khai hoạt động CTXH tại cơ sở y tế dự phòng (Quyết định 712/QĐ-BYT).",
            Findings = "Đơn vị mới có cộng tác viên CTXH, chưa bố trí nhân viên chuyên trách.", Team = team.Skip(1).ToList(), CreatedBy = officerId,
            CreatedAt = now.AddDays(-80), ClosedAt = now.AddDays(-74),
        };
        db.SupervisionVisits.AddRange(closedVisit, planned, cdcVisit);
        var settled = Recommendation(closedVisit, 1, "Bố trí phòng tham vấn tâm lý riêng, bảo đảm kín đáo cho người bệnh.", conducted.AddDays(60));
        settled.Status = RecommendationStatus.Done;
        settled.AcceptedAt = now.AddDays(-40);
        var inProgress = Recommendation(closedVisit, 2, "Phát triển mạng lưới cộng tác viên CTXH tại tất cả các khoa lâm sàng.", today.AddDays(-10));
        inProgress.Status = RecommendationStatus.InProgress;
        var open = Recommendation(closedVisit, 3, "Hoàn thiện kế hoạch can thiệp trong hồ sơ quản lý ca theo mẫu của Bộ Y tế.", today.AddDays(45));
        var cdcRecommendation = Recommendation(cdcVisit, 1, "Xây dựng lộ trình bố trí nhân viên CTXH chuyên trách trong năm.", today.AddDays(-5));
        db.SupervisionRecommendations.AddRange(settled, inProgress, open, cdcRecommendation);
        db.RecommendationReviews.Add(new RecommendationReview
        {
            Id = Guid.NewGuid(), RecommendationId = settled.Id, Outcome = ReviewOutcome.Accepted, Comment = "Đã kiểm tra thực tế, đạt yêu cầu.",
            ReviewedBy = officerId, ReviewedAt = now.AddDays(-40),
        });
        await db.SaveChangesAsync(ct);

        using (tenant.Enter(hospital.Id))
        {
            db.RecommendationFollowUps.AddRange(
                FollowUp(settled, RecommendationStatus.InProgress, "Đã trình Giám đốc phương án cải tạo phòng 105 tầng 1.", conducted.AddDays(20), now.AddDays(-100)),
                FollowUp(settled, RecommendationStatus.Done, "Phòng tham vấn đưa vào sử dụng, có rèm cách âm và lịch trực.", conducted.AddDays(55), now.AddDays(-65)),
                FollowUp(inProgress, RecommendationStatus.InProgress, "Đã có cộng tác viên tại 14/22 khoa lâm sàng; đang vận động các khoa còn lại.", today.AddDays(-30), now.AddDays(-30)));
            var head = await db.StaffMembers.OrderBy(s => s.Role).Select(s => new { s.Id, s.FullName }).FirstOrDefaultAsync(ct);
            var lastYear = today.Year - 1;
            var unitAwarded = Nomination(lastYear, NomineeKind.Unit, "Phòng Công tác xã hội", null, null, AwardKind.CertificateOfMerit, "Bằng khen của Chủ tịch UBND tỉnh",
                "Tiếp đón, hướng dẫn trên 60.000 lượt người bệnh; vận động hơn 200 triệu đồng hỗ trợ bệnh nhân có hoàn cảnh khó khăn.", now.AddDays(-300));
            var personAwarded = Nomination(lastYear, NomineeKind.Person, head?.FullName ?? "Lê Văn Minh", "Trưởng phòng CTXH", head?.Id, AwardKind.GrassrootsEmulationFighter, null,
                "Chủ trì thành lập Phòng CTXH; xây dựng quy trình tiếp nhận và quản lý ca.", now.AddDays(-300));
            var personRefused = Nomination(lastYear, NomineeKind.Person, "Nguyễn Thị Thanh", "Nhân viên CTXH", null, AwardKind.DirectorCertificateOfMerit, null,
                "Tổ chức phát quà Trung thu cho 386 lượt bệnh nhi.", now.AddDays(-300));
            var awaiting = Nomination(today.Year, NomineeKind.Unit, "Phòng Công tác xã hội", null, null, AwardKind.ExcellentCollective, null,
                "Hoàn thành vượt mức các chỉ tiêu kế hoạch CTXH năm; phòng tham vấn riêng đưa vào sử dụng.", now.AddDays(-10));
            var draft = Nomination(today.Year, NomineeKind.Person, "Trần Thị Lan", "Nhân viên CTXH", null, AwardKind.DirectorCertificateOfMerit, null,
                "Phụ trách mạng lưới cộng tác viên tại các khoa lâm sàng.", now.AddDays(-2));
            draft.Status = NominationStatus.Draft;
            draft.SubmittedAt = null;
            db.Nominations.AddRange(unitAwarded, personAwarded, personRefused, awaiting, draft);
            await db.SaveChangesAsync(ct);
            db.CommendationDecisions.AddRange(
                Decision(unitAwarded, true, "1250/QĐ-UBND", new DateOnly(lastYear, 12, 20), null),
                Decision(personAwarded, true, "845/QĐ-SYT", new DateOnly(lastYear, 12, 15), null),
                Decision(personRefused, false, null, null, "Chưa đủ thời gian công tác theo quy định để xét khen thưởng."));
            await db.SaveChangesAsync(ct);
        }

        RecommendationFollowUp FollowUp(SupervisionRecommendation r, RecommendationStatus status, string note, DateOnly date, DateTimeOffset at) =>
            new() { Id = Guid.NewGuid(), FacilityId = hospital.Id, RecommendationId = r.Id, Status = status, Note = note, Date = date, RecordedAt = at };

        Nomination Nomination(int year, NomineeKind kind, string name, string? title, Guid? staffId, AwardKind award, string? awardText, string achievements, DateTimeOffset at) =>
            new()
            {
                Id = Guid.NewGuid(), FacilityId = hospital.Id, Year = year, NomineeKind = kind, NomineeName = name, SearchName = VietnameseText.Fold(name),
                NomineeTitle = title, StaffMemberId = staffId, AwardKind = award, AwardText = awardText, Achievements = achievements,
                Status = NominationStatus.Submitted, CreatedAt = at, SubmittedAt = at,
            };

        CommendationDecision Decision(Nomination n, bool awarded, string? number, DateOnly? date, string? reason) =>
            new()
            {
                Id = Guid.NewGuid(), NominationId = n.Id, FacilityId = hospital.Id, ProvinceId = hospital.ProvinceId, Awarded = awarded, DecisionNumber = number,
                DecisionDate = date, Reason = reason, DecidedBy = officerId, DecidedAt = now.AddDays(-today.DayOfYear - 10),
            };
    }

    private static SupervisionRecommendation Recommendation(SupervisionVisit visit, int number, string text, DateOnly dueOn) =>
        new() { Id = Guid.NewGuid(), VisitId = visit.Id, FacilityId = visit.FacilityId, Number = number, Text = text, DueOn = dueOn };
}
