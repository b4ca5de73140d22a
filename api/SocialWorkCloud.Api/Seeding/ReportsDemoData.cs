using System.Text.Json;
using SocialWorkCloud.Application.Features.Reports;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Reports;

namespace SocialWorkCloud.Api.Seeding;

/// <summary>
/// Past periodic reports, so the screens are lived-in: the flagship hospital's quarter before last,
/// approved, and its last quarter, returned with the province's comment; two other hospitals reported
/// the last quarter, one on time and one late. Figures are generated from the seeded records as the
/// background job would.
/// </summary>
internal static class ReportsDemoData
{
    private const string Head = "Lê Văn Minh (Trưởng phòng CTXH)";
    private const string Officer = "Nguyễn Thị Hồng (Sở Y tế)";

    public static async Task SeedAsync(AppDbContext db, TenantScope tenant, Facility hospital, IReadOnlyList<Facility> others, DateOnly today, CancellationToken ct)
    {
        var current = Periods.QuarterOf(today);
        var last = current.Previous();
        var beforeLast = last.Previous();

        await AddAsync(db, tenant, hospital, beforeLast, ct, ("submit", 10, null), ("approve", 16, null));
        await AddAsync(db, tenant, hospital, last, ct, ("submit", 12, null),
            ("return", 14, "Đề nghị bổ sung số liệu tham vấn tâm lý và làm rõ nguồn kinh phí vận động trong quý."));
        if (others.Count > 0) await AddAsync(db, tenant, others[0], last, ct, ("submit", 9, null), ("approve", 15, null));
        if (others.Count > 1) await AddAsync(db, tenant, others[1], last, ct, ("submit", 21, null));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A report of the period with its steps, each so many days after the period's end.</summary>
    private static async Task AddAsync(AppDbContext db, TenantScope tenant, Facility facility, ReportPeriod period, CancellationToken ct,
        params (string Step, int DaysAfterEnd, string? Comment)[] steps)
    {
        ReportFigures figures;
        using (tenant.Enter(facility.Id))
        {
            figures = await ReportFiguresCalculator.ComputeAsync(db, facility.Id, period.Start, period.End, period.End, _ => Task.CompletedTask, ct);
        }
        DateTimeOffset On(int days) => VietnamClock.At(period.End.AddDays(days), new TimeOnly(9, 30));
        var head = new ReportActor(null, Head);
        var officer = new ReportActor(null, Officer);
        var (report, created) = PeriodicReport.Start(facility.Id, facility.ProvinceId, period, head, On(steps[0].DaysAfterEnd - 2));
        db.PeriodicReports.Add(report);
        db.ReportTransitions.Add(created);
        report.Edit(new ReportNarrative(
            ReportNumber: $"{30 + period.Number * 7}/BC-CTXH", Place: "Thanh Hóa",
            Results: $"Phòng Công tác xã hội triển khai đầy đủ các hoạt động {period.Vietnamese}: đón tiếp, hướng dẫn người bệnh; tham vấn tâm lý; truyền thông; vận động tài trợ hỗ trợ người bệnh có hoàn cảnh khó khăn.",
            Difficulties: "Nhân lực còn thiếu; cơ sở vật chất, trang thiết bị, kinh phí hoạt động còn hạn chế.",
            Proposals: "Đề nghị Sở Y tế hỗ trợ đào tạo chuyên sâu về tham vấn tâm lý; có cơ chế tài chính rõ ràng cho hoạt động công tác xã hội.",
            NextPeriodPlan: null,
            Recipients: "Sở Y tế Thanh Hóa (b/c);\nBan Giám đốc (b/c);\nCác khoa, phòng (t/h);\nLưu: VT, Phòng CTXH.",
            SignerName: "Lê Văn Minh", SignerTitle: "Trưởng phòng Công tác xã hội"));
        db.ReportTransitions.Add(report.RecordFigures(JsonSerializer.Serialize(figures, ReportMapping.Json), head, On(steps[0].DaysAfterEnd - 1)));
        foreach (var (step, days, comment) in steps)
        {
            var at = On(days);
            if (step == "submit")
            {
                var (submitted, snapshot) = report.Submit(head, at);
                db.ReportTransitions.Add(submitted);
                db.ReportSubmissions.Add(snapshot);
                continue;
            }
            db.ReportTransitions.Add(step switch
            {
                "approve" => report.Approve(officer, at, "Báo cáo đầy đủ, đúng hạn."),
                _ => report.Return(officer, at, comment),
            });
        }
    }
}
