using System.Globalization;
using SocialWorkCloud.Application.Common.Documents;
using FluentValidation;
using Mediator;
using MiniExcelLibs;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

public enum ExportFormat
{
    Xlsx = 1,
    Pdf = 2,
}

/// <summary>The public disclosure as a download: Excel (three sheets) or PDF, the same figures as the page.</summary>
[AllowAnonymousRequest]
public sealed record ExportPublicCampaign(Guid CampaignId, ExportFormat Format) : IQuery<FileDownload>;

public sealed class ExportPublicCampaignValidator : AbstractValidator<ExportPublicCampaign>
{
    public ExportPublicCampaignValidator() => RuleFor(x => x.Format).IsInEnum();
}

public sealed class ExportPublicCampaignHandler(IMediator mediator) : IQueryHandler<ExportPublicCampaign, FileDownload>
{
    public async ValueTask<FileDownload> Handle(ExportPublicCampaign query, CancellationToken cancellationToken)
    {
        var page = await mediator.Send(new GetPublicCampaign(query.CampaignId), cancellationToken);
        var name = $"cong-khai-{page.Id.ToString()[..8]}";
        return query.Format == ExportFormat.Xlsx
            ? new FileDownload(name + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", await ExcelAsync(page, cancellationToken))
            : new FileDownload(name + ".pdf", "application/pdf", Pdf(page));
    }

    /// <summary>The file shows each label in both languages side by side, whatever the caller's language.</summary>

    private static string Sign(bool reversal) => reversal ? TextCatalog.InBoth("export.reversal") : string.Empty;

    private static async Task<byte[]> ExcelAsync(PublicCampaign p, CancellationToken ct)
    {
        var t = p.Totals;
        var sheets = new Dictionary<string, object>
        {
            ["Tong hop"] = new[]
            {
                new { Muc = TextCatalog.InBoth("export.facility"), GiaTri = p.FacilityName },
                new { Muc = TextCatalog.InBoth("export.campaign"), GiaTri = p.Title },
                new { Muc = TextCatalog.InBoth("export.purpose"), GiaTri = p.Purpose },
                new { Muc = TextCatalog.InBoth("export.from"), GiaTri = p.StartDate.ToString("dd/MM/yyyy", DocumentCulture.Vietnamese) },
                new { Muc = TextCatalog.InBoth("export.to"), GiaTri = p.EndDate?.ToString("dd/MM/yyyy", DocumentCulture.Vietnamese) ?? string.Empty },
                new { Muc = TextCatalog.InBoth("export.cashReceived"), GiaTri = t.CashReceived.ToString(CultureInfo.InvariantCulture) },
                new { Muc = TextCatalog.InBoth("export.cashDistributed"), GiaTri = t.CashDistributed.ToString(CultureInfo.InvariantCulture) },
                new { Muc = TextCatalog.InBoth("export.cashBalance"), GiaTri = t.CashBalance.ToString(CultureInfo.InvariantCulture) },
                new { Muc = TextCatalog.InBoth("export.goodsReceived"), GiaTri = t.GoodsValueReceived.ToString(CultureInfo.InvariantCulture) },
                new { Muc = TextCatalog.InBoth("export.goodsDistributed"), GiaTri = t.GoodsValueDistributed.ToString(CultureInfo.InvariantCulture) },
            },
            ["Khoan nhan"] = p.Receipts.Select(r => new Dictionary<string, object?>
            {
                ["Số biên nhận"] = r.ReceiptCode, ["Ngày"] = r.Date.ToString("dd/MM/yyyy", DocumentCulture.Vietnamese), ["Nhà hảo tâm"] = r.Donor,
                ["Loại"] = r.Kind == EntryKind.CashReceipt ? "Tiền" : "Hiện vật", ["Số tiền / giá trị (đ)"] = r.Amount, ["Hiện vật"] = r.Item,
                ["Số lượng"] = r.Quantity, ["Đơn vị"] = r.Unit, ["Ghi chú"] = Sign(r.IsReversal),
            }).ToList(),
            ["Phan phoi"] = p.Distributions.Select(d => new Dictionary<string, object?>
            {
                ["Ngày"] = d.Date.ToString("dd/MM/yyyy", DocumentCulture.Vietnamese), ["Người/đơn vị nhận"] = d.Beneficiary,
                ["Loại"] = d.Kind == EntryKind.CashDistribution ? "Tiền" : "Hiện vật", ["Số tiền / giá trị (đ)"] = d.Amount, ["Hiện vật"] = d.Item,
                ["Số lượng"] = d.Quantity, ["Đơn vị"] = d.Unit, ["Ghi chú"] = Sign(d.IsReversal),
            }).ToList(),
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        return stream.ToArray();
    }

    private static byte[] Pdf(PublicCampaign p)
    {
        using var pdf = new PdfSheet(p.Title);
        var t = p.Totals;
        pdf.Centered(p.FacilityName, bold: true).Title("CÔNG KHAI ĐỢT VẬN ĐỘNG").Centered(p.Title, bold: true).Gap()
            .Line($"Mục đích: {p.Purpose}")
            .Line($"Thời gian: {p.StartDate:dd/MM/yyyy}{(p.EndDate is { } e ? $" – {e:dd/MM/yyyy}" : string.Empty)}")
            .Line(p.TargetAmount is { } min ? $"{TextCatalog.Get("public.target")}: {TargetRange(min, p.TargetMaximum)}" : string.Empty);
        if (!string.IsNullOrWhiteSpace(p.GoodsReceptionPlace)) pdf.Line($"{TextCatalog.Get("public.goods-place")}: {p.GoodsReceptionPlace}");
        if (p.Transfer is { } account)
        {
            pdf.Gap().Line(TextCatalog.Get("public.transfer"), bold: true)
                .Line($"{TextCatalog.Get("public.bank-account")}: {account.AccountNumber} – {account.BankShortName} ({account.BankName})");
            if (account.AccountHolder is { } holder) pdf.Line($"{TextCatalog.Get("public.account-holder")}: {holder}");
            // The same payload the public page renders, so the printed code and the screen's pay into the same account.
            pdf.Line(TextCatalog.Get("public.scan-to-transfer")).Modules(QrModules(account.QrPayload), 110);
        }
        else if (!string.IsNullOrWhiteSpace(p.BankAccount))
        {
            pdf.Line($"{TextCatalog.Get("public.bank-account")}: {p.BankAccount}");
        }
        pdf.Gap()
            .Line($"Tiền đã nhận: {PdfSheet.Vnd(t.CashReceived)}   Đã chi: {PdfSheet.Vnd(t.CashDistributed)}   Số dư: {PdfSheet.Vnd(t.CashBalance)}", bold: true)
            .Line($"Hiện vật đã nhận (ước tính): {PdfSheet.Vnd(t.GoodsValueReceived)}   Đã phát: {PdfSheet.Vnd(t.GoodsValueDistributed)}")
            .Gap(12).Line("Các khoản nhận", bold: true);
        double[] rw = [0.14, 0.13, 0.33, 0.21, 0.19];
        pdf.Row(rw, ["Số biên nhận", "Ngày", "Nhà hảo tâm", "Hiện vật", "Số tiền"], bold: true);
        foreach (var r in p.Receipts)
        {
            pdf.Row(rw, [r.ReceiptCode ?? (r.IsReversal ? "Đảo" : ""), r.Date.ToString("dd/MM/yyyy", DocumentCulture.Vietnamese), r.Donor,
                r.Item is null ? "" : $"{r.Quantity} {r.Unit} {r.Item}", (r.IsReversal ? "-" : "") + PdfSheet.Vnd(r.Amount)]);
        }
        pdf.Gap(12).Line("Các khoản phân phối", bold: true);
        double[] dw = [0.13, 0.39, 0.29, 0.19];
        pdf.Row(dw, ["Ngày", "Người/đơn vị nhận", "Hiện vật", "Số tiền"], bold: true);
        foreach (var d in p.Distributions)
        {
            pdf.Row(dw, [d.Date.ToString("dd/MM/yyyy", DocumentCulture.Vietnamese), d.Beneficiary, d.Item is null ? "" : $"{d.Quantity} {d.Unit} {d.Item}",
                (d.IsReversal ? "-" : "") + PdfSheet.Vnd(d.Amount)]);
        }
        return pdf.ToBytes();
    }

    /// <summary>"100.000.000 – 150.000.000 đ", or the minimum alone when the target is not a range.</summary>
    internal static string TargetRange(long min, long? max) =>
        max is { } top && top != min ? $"{PdfSheet.Vnd(min)[..^2]} – {PdfSheet.Vnd(top)}" : PdfSheet.Vnd(min);

    /// <summary>The QR code's modules (quiet zone included) for the VietQR payload; error correction M, as banking apps print it.</summary>
    internal static IReadOnlyList<System.Collections.BitArray> QrModules(string payload)
    {
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCoder.QRCodeGenerator.ECCLevel.M);
        return data.ModuleMatrix.Select(row => new System.Collections.BitArray(row)).ToList();
    }
}
