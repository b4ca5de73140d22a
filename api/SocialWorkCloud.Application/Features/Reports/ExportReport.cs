using FluentValidation;
using Mediator;
using MiniExcelLibs;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Fundraising;

namespace SocialWorkCloud.Application.Features.Reports;

/// <summary>A report as Excel (the figures and the narrative) or as a PDF in the Vietnamese administrative format.</summary>
[AnyAuthenticatedCaller]
public sealed record ExportReport(Guid ReportId, ExportFormat Format) : IQuery<FileDownload>;

public sealed class ExportReportValidator : AbstractValidator<ExportReport>
{
    public ExportReportValidator() => RuleFor(x => x.Format).IsInEnum();
}

public sealed class ExportReportHandler(IMediator mediator, TimeProvider clock) : IQueryHandler<ExportReport, FileDownload>
{
    public async ValueTask<FileDownload> Handle(ExportReport query, CancellationToken cancellationToken)
    {
        var report = await mediator.Send(new GetReport(query.ReportId), cancellationToken);
        var name = $"bao-cao-ctxh-{report.Kind.ToString().ToLowerInvariant()}-{report.Year}-{report.Number}";
        return query.Format == ExportFormat.Xlsx
            ? new FileDownload(name + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", await ExcelAsync(report, cancellationToken))
            : new FileDownload(name + ".pdf", "application/pdf", ReportDocument.Pdf(report, ReportDocument.Dated(report, clock)));
    }

    private async Task<byte[]> ExcelAsync(ReportDetail r, CancellationToken ct)
    {
        var rows = new List<Dictionary<string, object?>>();
        void Add(string section, string label, object? value) => rows.Add(new() { ["Mục"] = section, ["Nội dung"] = label, ["Giá trị"] = value });
        Add("", "Đơn vị", r.FacilityName);
        Add("", "Kỳ báo cáo", $"{r.PeriodName} ({r.PeriodStart:dd/MM/yyyy} - {r.PeriodEnd:dd/MM/yyyy})");
        if (r.Subject is not null) Add("", "Về việc", r.Subject);
        Add("", "Kính gửi", string.Join("; ", r.AddressedTo));
        Add("", ReportDocument.NumberLine(r.ReportNumber), ReportDocument.DateLine(r.Place, ReportDocument.Dated(r, clock)));
        Add("", "Trạng thái", r.Status.ToString());
        Add("1. Kết quả chung", "", r.Results);
        if (r.Figures is { } f)
            foreach (var line in ReportDocument.FigureLines(f)) Add(line.Section, line.Label.Trim(), line.Value);
        Add("4. Khó khăn, tồn tại", "", r.Difficulties);
        Add("Kế hoạch kỳ tới", "", r.NextPeriodPlan);
        Add("Kiến nghị, đề xuất", "", r.Proposals);
        Add("Nơi nhận", "", r.Recipients);
        Add("Người ký", r.SignerTitle ?? "", r.SignerName);
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "Bao cao", cancellationToken: ct);
        return stream.ToArray();
    }
}
