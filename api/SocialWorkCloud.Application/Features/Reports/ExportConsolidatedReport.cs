using FluentValidation;
using Mediator;
using MiniExcelLibs;
using SocialWorkCloud.Application.Common.Documents;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Fundraising;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Reports;

namespace SocialWorkCloud.Application.Features.Reports;

/// <summary>The province's consolidated report as a PDF in the administrative format (to the Ministry) or as Excel.</summary>
[RequiresPermission(Permissions.ReportsReview)]
public sealed record ExportConsolidatedReport(Guid ProvinceId, ReportPeriodKind Kind, int Year, int Number, ExportFormat Format) : IQuery<FileDownload>;

public sealed class ExportConsolidatedReportValidator : AbstractValidator<ExportConsolidatedReport>
{
    public ExportConsolidatedReportValidator()
    {
        RuleFor(x => x.Format).IsInEnum();
        // Outer bounds for the document; GetConsolidatedReport checks the period itself.
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.Number).InclusiveBetween(1, 12);
    }
}

public sealed class ExportConsolidatedReportHandler(IMediator mediator, TimeProvider clock) : IQueryHandler<ExportConsolidatedReport, FileDownload>
{
    public async ValueTask<FileDownload> Handle(ExportConsolidatedReport query, CancellationToken cancellationToken)
    {
        var report = await mediator.Send(new GetConsolidatedReport(query.ProvinceId, query.Kind, query.Year, query.Number), cancellationToken);
        var name = $"bao-cao-tong-hop-ctxh-{report.Kind.ToString().ToLowerInvariant()}-{report.Year}-{report.Number}";
        return query.Format == ExportFormat.Xlsx
            ? new FileDownload(name + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", await ExcelAsync(report, cancellationToken))
            : new FileDownload(name + ".pdf", "application/pdf", ConsolidatedDocument.Pdf(report, VietnamClock.Today(clock)));
    }

    private static async Task<byte[]> ExcelAsync(ConsolidatedReport r, CancellationToken ct)
    {
        var rows = new List<Dictionary<string, object?>>();
        void Add(string section, string label, object? value) => rows.Add(new() { ["Mục"] = section, ["Nội dung"] = label, ["Giá trị"] = value });
        Add("", "Tỉnh/thành phố", r.ProvinceName);
        Add("", "Kỳ báo cáo", $"{r.PeriodName} ({r.PeriodStart:dd/MM/yyyy} - {r.PeriodEnd:dd/MM/yyyy})");
        Add(ConsolidatedDocument.S1, "Số đơn vị phải báo cáo", r.ExpectedFacilities);
        Add(ConsolidatedDocument.S1, "Số đơn vị có báo cáo đã được duyệt", r.ApprovedFacilities);
        if (r.Figures is { } f)
            foreach (var line in ReportDocument.FigureLines(f)) Add("II. " + line.Section, line.Label.Trim(), line.Value);
        foreach (var m in r.Missing) Add(ConsolidatedDocument.S3, $"{m.Code} - {m.Name}", ConsolidatedDocument.Reason(m.Reason));
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "Tong hop", cancellationToken: ct);
        return stream.ToArray();
    }
}

/// <summary>
/// The Health Department's report to the Ministry laid out as Decree 30/2020/NĐ-CP asks: the People's Committee and the
/// Department top left, the national motto top right, number and date, title, "Kính gửi", numbered sections (who
/// reported, the summed figures as in a facility's report, who is missing), "Nơi nhận" and the director's signature.
/// </summary>
public static class ConsolidatedDocument
{
    public const string S1 = "I. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ";
    public const string S2 = "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC XÃ HỘI";
    public const string S3 = "III. ĐƠN VỊ CHƯA CÓ BÁO CÁO ĐƯỢC DUYỆT";

    public static string Reason(MissingReason reason) => reason switch
    {
        MissingReason.NotSubmitted => "chưa gửi báo cáo",
        MissingReason.AwaitingApproval => "đã gửi, chờ duyệt",
        MissingReason.Returned => "trả lại để bổ sung",
        _ => "mở lại để điều chỉnh",
    };

    private static string Group(FacilityType type) => type.Group() switch
    {
        FacilityGroup.Curative => "khám bệnh, chữa bệnh",
        FacilityGroup.Preventive => "y tế dự phòng",
        _ => "trạm y tế xã/phường",
    };

    public static byte[] Pdf(ConsolidatedReport r, DateOnly dated)
    {
        using var pdf = new PdfSheet($"Báo cáo tổng hợp công tác xã hội {r.PeriodName} - {r.ProvinceName}");
        // "UBND TỈNH THANH HÓA"; a name that says "Thành phố …"/"Tỉnh …" itself keeps it.
        var province = r.ProvinceName.ToUpper(DocumentCulture.Vietnamese);
        var committee = province.StartsWith("THÀNH PHỐ", StringComparison.Ordinal) || province.StartsWith("TỈNH", StringComparison.Ordinal)
            ? $"UBND {province}" : $"UBND TỈNH {province}";
        pdf.Columns(
            [(committee, false), ("SỞ Y TẾ", true), ("", false), ("Số: ……/BC-SYT", false)],
            [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true), ("Độc lập - Tự do - Hạnh phúc", true), ("", false), (ReportDocument.DateLine(r.ProvinceName, dated), false)]);
        pdf.Gap(12).Title("BÁO CÁO")
            .Centered($"Tổng hợp kết quả thực hiện công tác xã hội ngành y tế {r.PeriodName}", bold: true)
            .Centered($"(từ {r.PeriodStart:dd/MM/yyyy} đến {r.PeriodEnd:dd/MM/yyyy})").Gap(6)
            .Centered("Kính gửi: Bộ Y tế.").Gap(10);

        pdf.Line(S1, bold: true);
        pdf.Row([0.72, 0.28], ["- Số đơn vị phải báo cáo", ReportDocument.N(r.ExpectedFacilities)]);
        pdf.Row([0.72, 0.28], ["- Số đơn vị có báo cáo đã được duyệt, được tổng hợp",
            ReportDocument.N(r.ApprovedFacilities) + (r.ApprovedPercent is { } p ? $" ({p.ToString("0.##", DocumentCulture.Vietnamese)}%)" : "")]);
        foreach (var group in r.Included.GroupBy(i => Group(i.Type)))
            pdf.Row([0.72, 0.28], [$"    trong đó {group.Key}", ReportDocument.N(group.Count())]);
        pdf.Gap(6);

        pdf.Line(S2, bold: true);
        if (r.Figures is { } f)
        {
            pdf.Line("(Số liệu cộng từ các báo cáo đã được Sở Y tế duyệt)");
            foreach (var section in ReportDocument.FigureLines(f).GroupBy(l => l.Section))
            {
                pdf.Line(section.Key, bold: true);
                foreach (var line in section) pdf.Row([0.72, 0.28], [(line.Label.StartsWith("  ", StringComparison.Ordinal) ? "    " : "- ") + line.Label.Trim(), line.Value]);
                pdf.Gap(4);
            }
        }
        else pdf.Line("Chưa có báo cáo nào của kỳ này được duyệt.");
        pdf.Gap(6);

        pdf.Line(S3, bold: true);
        if (r.Missing.Count == 0) pdf.Line("Tất cả các đơn vị đã có báo cáo được duyệt.");
        else
        {
            pdf.Row([0.08, 0.62, 0.30], ["TT", "Đơn vị", "Tình trạng"], bold: true);
            for (var i = 0; i < r.Missing.Count; i++)
                pdf.Row([0.08, 0.62, 0.30], [(i + 1).ToString(DocumentCulture.Vietnamese), r.Missing[i].Name, Reason(r.Missing[i].Reason)]);
        }
        pdf.Gap(14);

        pdf.Columns(
            [("Nơi nhận:", true), ("- Bộ Y tế (b/c);", false), ($"- UBND {r.ProvinceName} (b/c);", false), ("- Lưu: VT, NVY.", false)],
            [("GIÁM ĐỐC", true), ("(Ký, ghi rõ họ tên)", false)],
            leftShare: 0.5);
        return pdf.ToBytes();
    }
}
