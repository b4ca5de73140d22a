using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Commendations;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Supervision;

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
        var closedVisit = SupervisionVisit.Plan(Guid.NewGuid(), hospital.ProvinceId, hospital.Id, conducted,
            "Kiểm tra việc triển khai Thông tư 51/2024/TT-BYT: tổ chức Phòng CTXH, tiếp đón người bệnh, vận động tài trợ, hồ sơ quản lý ca.",
            team, officerId, now.AddDays(-130));
        closedVisit.Record(closedVisit.PlannedOn, closedVisit.Scope, team, conducted,
            "Phòng CTXH được thành lập đúng quy định (QĐ 512/QĐ-BV ngày 23/3/2025), có trưởng phòng và 6 nhân viên. Tiếp đón, hướng dẫn trên 60.000 lượt người bệnh mỗi năm; sổ sách vận động tài trợ đầy đủ. Tồn tại: chưa có phòng tham vấn riêng; mạng lưới cộng tác viên chưa phủ hết các khoa lâm sàng; một số hồ sơ quản lý ca thiếu kế hoạch can thiệp.");
        var planned = SupervisionVisit.Plan(Guid.NewGuid(), hospital.ProvinceId, hospital.Id, today.AddDays(20),
            "Giám sát việc thực hiện các kiến nghị của đợt kiểm tra trước và công tác đào tạo nhân viên y tế.", team.Take(2), officerId, now.AddDays(-5));
        var cdcVisit = SupervisionVisit.Plan(Guid.NewGuid(), cdc.ProvinceId, cdc.Id, today.AddDays(-75),
            "Lộ trình triển khai hoạt động CTXH tại cơ sở y tế dự phòng (Quyết định 712/QĐ-BYT).", team.Skip(1), officerId, now.AddDays(-80));
        cdcVisit.Record(cdcVisit.PlannedOn, cdcVisit.Scope, cdcVisit.Team, today.AddDays(-75),
            "Đơn vị mới có cộng tác viên CTXH, chưa bố trí nhân viên chuyên trách.");
        db.SupervisionVisits.AddRange(closedVisit, planned, cdcVisit);
        var settled = closedVisit.AddRecommendation(Guid.NewGuid(), 1, "Bố trí phòng tham vấn tâm lý riêng, bảo đảm kín đáo cho người bệnh.", conducted.AddDays(60));
        var inProgress = closedVisit.AddRecommendation(Guid.NewGuid(), 2, "Phát triển mạng lưới cộng tác viên CTXH tại tất cả các khoa lâm sàng.", today.AddDays(-10));
        var open = closedVisit.AddRecommendation(Guid.NewGuid(), 3, "Hoàn thiện kế hoạch can thiệp trong hồ sơ quản lý ca theo mẫu của Bộ Y tế.", today.AddDays(45));
        var cdcRecommendation = cdcVisit.AddRecommendation(Guid.NewGuid(), 1, "Xây dựng lộ trình bố trí nhân viên CTXH chuyên trách trong năm.", today.AddDays(-5));
        closedVisit.Close(now.AddDays(-118));
        cdcVisit.Close(now.AddDays(-74));
        db.SupervisionRecommendations.AddRange(settled, inProgress, open, cdcRecommendation);
        // The history as it happened: the facility's follow-ups, then the province's acceptance of the settled one.
        var followUps = new[]
        {
            settled.FollowUp(closedVisit.IsClosed, RecommendationStatus.InProgress, "Đã trình Giám đốc phương án cải tạo phòng 105 tầng 1.", conducted.AddDays(20), null, now.AddDays(-100)),
            settled.FollowUp(closedVisit.IsClosed, RecommendationStatus.Done, "Phòng tham vấn đưa vào sử dụng, có rèm cách âm và lịch trực.", conducted.AddDays(55), null, now.AddDays(-65)),
            inProgress.FollowUp(closedVisit.IsClosed, RecommendationStatus.InProgress, "Đã có cộng tác viên tại 14/22 khoa lâm sàng; đang vận động các khoa còn lại.", today.AddDays(-30), null, now.AddDays(-30)),
        };
        db.RecommendationReviews.Add(settled.Review(ReviewOutcome.Accepted, "Đã kiểm tra thực tế, đạt yêu cầu.", officerId, now.AddDays(-40)));
        await db.SaveChangesAsync(ct);

        using (tenant.Enter(hospital.Id))
        {
            db.RecommendationFollowUps.AddRange(followUps);
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
                "Phụ trách mạng lưới cộng tác viên tại các khoa lâm sàng.", now.AddDays(-2), submit: false);
            db.Nominations.AddRange(unitAwarded, personAwarded, personRefused, awaiting, draft);
            await db.SaveChangesAsync(ct);
            db.CommendationDecisions.AddRange(
                Decision(unitAwarded, true, "1250/QĐ-UBND", new DateOnly(lastYear, 12, 20), null),
                Decision(personAwarded, true, "845/QĐ-SYT", new DateOnly(lastYear, 12, 15), null),
                Decision(personRefused, false, null, null, "Chưa đủ thời gian công tác theo quy định để xét khen thưởng."));
            await db.SaveChangesAsync(ct);
        }

        Nomination Nomination(
            int year, NomineeKind kind, string name, string? title, Guid? staffId, AwardKind award, string? awardText, string achievements, DateTimeOffset at,
            bool submit = true)
        {
            var nomination = Domain.Commendations.Nomination.Draft(
                Guid.NewGuid(), new NominationDetails(year, kind, name, title, staffId, award, awardText, achievements), at);
            nomination.FacilityId = hospital.Id;
            if (submit) nomination.Submit(at);
            return nomination;
        }

        CommendationDecision Decision(Nomination n, bool awarded, string? number, DateOnly? date, string? reason) =>
            n.Decide(alreadyDecided: false, hospital.ProvinceId, awarded, number, date, reason, officerId, now.AddDays(-today.DayOfYear - 10));
    }
}
