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
        var current = new ReportPeriod(ReportPeriodKind.Quarter, today.Year, (today.Month - 1) / 3 + 1);
        var last = Previous(current);
        var beforeLast = Previous(last);

        await AddAsync(db, tenant, hospital, beforeLast, ct, ("submit", 10, null), ("approve", 16, null));
        await AddAsync(db, tenant, hospital, last, ct, ("submit", 12, null),
            ("return", 14, "Đề nghị bổ sung số liệu tham vấn tâm lý và làm rõ nguồn kinh phí vận động trong quý."));
        if (others.Count > 0) await AddAsync(db, tenant, others[0], last, ct, ("submit", 9, null), ("approve", 15, null));
        if (others.Count > 1) await AddAsync(db, tenant, others[1], last, ct, ("submit", 21, null));
        await db.SaveChangesAsync(ct);
    }

    private static ReportPeriod Previous(ReportPeriod q) => q.Number == 1 ? q with { Year = q.Year - 1, Number = 4 } : q with { Number = q.Number - 1 };

    /// <summary>A report of the period with its steps, each so many days after the period's end.</summary>
    private static async Task AddAsync(AppDbContext db, TenantScope tenant, Facility facility, ReportPeriod period, CancellationToken ct,
        params (string Step, int DaysAfterEnd, string? Comment)[] steps)
    {
        ReportFigures figures;
        using (tenant.Enter(facility.Id))
        {
            figures = await ReportFiguresCalculator.ComputeAsync(db, facility.Id, period.Start, period.End, period.End, _ => Task.CompletedTask, ct);
        }
        DateTimeOffset On(int days) => new DateTimeOffset(period.End.AddDays(days).ToDateTime(new TimeOnly(9, 30)), TimeSpan.FromHours(7)).ToUniversalTime();
        var report = new PeriodicReport
        {
            Id = Guid.NewGuid(), FacilityId = facility.Id, ProvinceId = facility.ProvinceId, Kind = period.Kind, Year = period.Year, Number = period.Number,
            PeriodStart = period.Start, PeriodEnd = period.End, Status = ReportStatus.Draft,
            FiguresJson = JsonSerializer.Serialize(figures, ReportMapping.Json),
            GeneratedAt = On(steps[0].DaysAfterEnd - 1), ReportNumber = $"{30 + period.Number * 7}/BC-CTXH", Place = "Thanh Hóa",
            Results = $"Phòng Công tác xã hội triển khai đầy đủ các hoạt động {period.Vietnamese}: đón tiếp, hướng dẫn người bệnh; tham vấn tâm lý; truyền thông; vận động tài trợ hỗ trợ người bệnh có hoàn cảnh khó khăn.",
            Difficulties = "Nhân lực còn thiếu; cơ sở vật chất, trang thiết bị, kinh phí hoạt động còn hạn chế.",
            Proposals = "Đề nghị Sở Y tế hỗ trợ đào tạo chuyên sâu về tham vấn tâm lý; có cơ chế tài chính rõ ràng cho hoạt động công tác xã hội.",
            Recipients = "Sở Y tế Thanh Hóa (b/c);\nBan Giám đốc (b/c);\nCác khoa, phòng (t/h);\nLưu: VT, Phòng CTXH.",
            SignerName = "Lê Văn Minh", SignerTitle = "Trưởng phòng Công tác xã hội", CreatedAt = On(steps[0].DaysAfterEnd - 2),
        };
        db.PeriodicReports.Add(report);
        Transition(db, report, ReportAction.Created, ReportStatus.Draft, null, Head, report.CreatedAt);
        Transition(db, report, ReportAction.Generated, ReportStatus.Draft, null, Head, report.GeneratedAt!.Value);
        foreach (var (step, days, comment) in steps)
        {
            var at = On(days);
            switch (step)
            {
                case "submit":
                    report.SubmittedAt = at;
                    report.FirstSubmittedAt ??= at;
                    Transition(db, report, ReportAction.Submitted, ReportStatus.Submitted, null, Head, at);
                    break;
                case "approve":
                    report.ApprovedAt = at;
                    Transition(db, report, ReportAction.Approved, ReportStatus.Approved, "Báo cáo đầy đủ, đúng hạn.", Officer, at);
                    break;
                default:
                    report.LastComment = comment;
                    Transition(db, report, ReportAction.Returned, ReportStatus.Returned, comment, Officer, at);
                    break;
            }
        }
    }

    private static void Transition(AppDbContext db, PeriodicReport report, ReportAction action, ReportStatus to, string? comment, string by, DateTimeOffset at)
    {
        db.ReportTransitions.Add(new ReportTransition
        {
            Id = Guid.NewGuid(), ReportId = report.Id, Action = action, FromStatus = report.Status, ToStatus = to, Comment = comment, ByName = by, At = at,
        });
        report.Status = to;
    }
}
