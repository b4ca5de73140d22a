using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Targets;
using Ind = SocialWorkCloud.Domain.Targets.IndicatorCatalogue;

namespace SocialWorkCloud.Api.Seeding;

/// <summary>
/// The demo province's targets for the year (per facility group, and the flagship hospital's own, as in its
/// 2026–2030 plan: 100–150 million VND a year, 60,000 contacts, 800 counselled) and the flagship's annual
/// plan, submitted, so that the province's progress table and the hospital's home have something to judge.
/// </summary>
public static class TargetsDemoData
{
    public static async Task SeedAsync(AppDbContext db, TenantScope tenant, Guid provinceId, Guid hospitalId, int year, DateTimeOffset now, CancellationToken ct)
    {
        IndicatorTarget Target(string code, FacilityGroup? group, Guid? facilityId, decimal value) => new()
        {
            Id = Guid.NewGuid(), ProvinceId = provinceId, Year = year, IndicatorCode = code, FacilityGroup = group, FacilityId = facilityId,
            Value = value, CreatedAt = now, UpdatedAt = now,
        };
        db.IndicatorTargets.AddRange(
            Target(Ind.MoneyRaised, FacilityGroup.Curative, null, 50_000_000),
            Target(Ind.ReceptionContacts, FacilityGroup.Curative, null, 10_000),
            Target(Ind.CommunicationItems, FacilityGroup.Curative, null, 12),
            Target(Ind.ClientsCounselled, FacilityGroup.Curative, null, 50),
            Target(Ind.MedicalStaffTrained, FacilityGroup.Preventive, null, 60),
            Target(Ind.CommunicationItems, FacilityGroup.Preventive, null, 6),
            Target(Ind.ChildrenSupported, FacilityGroup.CommuneStation, null, 2),
            Target(Ind.MoneyRaised, null, hospitalId, 150_000_000),
            Target(Ind.ReceptionContacts, null, hospitalId, 60_000),
            Target(Ind.ClientsCounselled, null, hospitalId, 800),
            Target(Ind.CommunicationItems, null, hospitalId, 24));
        await db.SaveChangesAsync(ct);

        using var _ = tenant.Enter(hospitalId);
        var plan = AnnualPlan.Draft(year, new DateTimeOffset(year, 1, 5, 2, 0, 0, TimeSpan.Zero));
        plan.Revise("Kế hoạch hoạt động công tác xã hội năm " + year + " của Phòng CTXH: nâng cao chất lượng tiếp đón, tư vấn, hỗ trợ người bệnh; "
            + "mở rộng mạng lưới cộng tác viên đến tất cả các khoa lâm sàng; vận động tài trợ cho người bệnh có hoàn cảnh khó khăn.");
        db.AnnualPlans.Add(plan);
        var order = 0;
        PlanTarget PlanTarget(string? code, decimal? value, string? text) =>
            new() { Id = Guid.NewGuid(), PlanId = plan.Id, IndicatorCode = code, Value = value, Text = text, Order = order++ };
        db.PlanTargets.AddRange(
            PlanTarget(Ind.PatientsInNeedSupported, 100, null),
            PlanTarget(Ind.MedicalStaffTrained, 80, null),
            PlanTarget(Ind.MoneyRaised, 150_000_000, null),
            PlanTarget(Ind.CollaboratorsInDepartments, 100, null),
            PlanTarget(Ind.ClientsCounselled, 800, null),
            PlanTarget(null, null, "Tổ chức bữa cơm miễn phí 2 lần/tháng cho người bệnh nội trú có hoàn cảnh khó khăn"),
            PlanTarget(null, null, "Đề xuất phần mềm quản lý công tác xã hội dùng chung toàn bệnh viện"));
        var activity = 0;
        PlannedActivity Activity(string title, int? month, string? timing, string responsible, long? budget) =>
            new() { Id = Guid.NewGuid(), PlanId = plan.Id, Title = title, Month = month, Timing = timing, Responsible = responsible, BudgetVnd = budget, Order = activity++ };
        db.PlannedActivities.AddRange(
            Activity("Tập huấn kỹ năng giao tiếp, ứng xử cho nhân viên y tế (4 lớp)", 3, "Quý I–II", "Phòng CTXH phối hợp Phòng Điều dưỡng", 40_000_000),
            Activity("Trao quà cho bệnh nhi nhân ngày Quốc tế Thiếu nhi 1/6", 6, null, "Phòng CTXH, Đoàn Thanh niên", 60_000_000),
            Activity("Chương trình Trung thu cho bệnh nhi", 9, null, "Phòng CTXH", 45_000_000),
            Activity("Bữa cơm miễn phí cho người bệnh", null, "Ngày 5 và 20 hằng tháng", "Phòng CTXH, nhà hảo tâm", null),
            Activity("Khám bệnh nhân đạo tại xã miền núi", 10, null, "Phòng CTXH, Khoa Khám bệnh", 30_000_000),
            Activity("Sơ kết 6 tháng, tổng kết năm, báo cáo Sở Y tế", 12, "Tháng 6 và tháng 12", "Trưởng phòng CTXH", null));
        plan.Submit(hasContent: true, by: null, new DateTimeOffset(year, 1, 15, 2, 0, 0, TimeSpan.Zero));
        await db.SaveChangesAsync(ct);
    }
}
