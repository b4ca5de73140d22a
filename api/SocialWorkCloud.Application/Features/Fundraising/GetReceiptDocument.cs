using SocialWorkCloud.Application.Common.Documents;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>The printable receipt (biên nhận) for the donor, in Vietnamese, as a PDF.</summary>
[RequiresPermission(Permissions.FundraisingRead)]
public sealed record GetReceiptDocument(Guid EntryId) : IQuery<FileDownload>;

public sealed class GetReceiptDocumentHandler(AppDbContext db) : IQueryHandler<GetReceiptDocument, FileDownload>
{
    public async ValueTask<FileDownload> Handle(GetReceiptDocument query, CancellationToken cancellationToken)
    {
        var row = await db.LedgerEntries.AsNoTracking().Where(e => e.Id == query.EntryId && e.ReceiptNumber != null)
            .Select(e => new
            {
                Entry = e,
                Campaign = db.Campaigns.Where(c => c.Id == e.CampaignId).Select(c => c.Title).First(),
                Facility = db.Facilities.Where(f => f.Id == e.FacilityId).Select(f => new { f.Name, f.AddressDetail, f.Phone }).First(),
                Donor = db.Donors.Where(d => d.Id == e.DonorId).Select(d => new { d.Name, d.Address, d.Phone }).FirstOrDefault(),
                Reversed = db.LedgerEntries.Where(r => r.ReversesId == e.Id).Select(r => r.ReversalReason).FirstOrDefault(),
                Recorder = db.Users.Where(u => u.Id == e.RecordedBy).Select(u => u.FullName).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Receipt", query.EntryId);
        var e = row.Entry;
        var code = ReceiptCodes.Format(e.ReceiptYear, e.ReceiptNumber)!;

        using var pdf = new PdfSheet($"Biên nhận {code}");
        pdf.Line(row.Facility.Name, bold: true);
        if (row.Facility.AddressDetail is { } address) pdf.Line(address);
        pdf.Centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true).Centered("Độc lập – Tự do – Hạnh phúc").Gap(12)
            .Title("BIÊN NHẬN TIỀN, HIỆN VẬT ỦNG HỘ").Centered($"Số: {code}").Gap(12)
            .Line($"Nhận của: {row.Donor?.Name ?? "Nhà hảo tâm ẩn danh"}");
        if (row.Donor?.Address is { } donorAddress) pdf.Line($"Địa chỉ: {donorAddress}");
        if (e.Kind == EntryKind.CashReceipt)
        {
            pdf.Line($"Số tiền: {PdfSheet.Vnd(e.Amount)}", bold: true)
                .Line($"Bằng chữ: {VietnameseNumbers.InWords(e.Amount)} đồng")
                .Line($"Hình thức: {(e.Method == PaymentMethod.BankTransfer ? $"Chuyển khoản (mã giao dịch {e.Reference})" : "Tiền mặt")}");
        }
        else
        {
            pdf.Line($"Hiện vật: {e.Quantity} {e.Unit} {e.Item}", bold: true)
                .Line($"Giá trị ước tính: {PdfSheet.Vnd(e.Amount)} ({VietnameseNumbers.InWords(e.Amount)} đồng)");
        }
        pdf.Line($"Ủng hộ cho: {row.Campaign}").Line($"Ngày nhận: {e.EntryDate:dd/MM/yyyy}");
        if (e.Description is { } description) pdf.Line($"Ghi chú: {description}");
        if (row.Reversed is { } reason) pdf.Gap().Line($"ĐÃ HỦY (bút toán đảo): {reason}", bold: true);
        pdf.Gap(24).Line("Đơn vị xin chân thành cảm ơn tấm lòng hảo tâm của quý vị.").Gap(24)
            .Row([0.5, 0.5], ["NGƯỜI NỘP", "NGƯỜI NHẬN"], bold: false).Gap(50)
            .Row([0.5, 0.5], [row.Donor?.Name ?? string.Empty, row.Recorder ?? string.Empty]);
        return new FileDownload($"bien-nhan-{code.Replace('/', '-')}.pdf", "application/pdf", pdf.ToBytes());
    }
}

/// <summary>Amounts in Vietnamese words, as receipts write them: 1.250.000 → "Một triệu hai trăm năm mươi nghìn".</summary>
public static class VietnameseNumbers
{
    private static readonly string[] Digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
    private static readonly string[] Groups = ["", " nghìn", " triệu", " tỷ", " nghìn tỷ", " triệu tỷ"];

    public static string InWords(long amount)
    {
        if (amount == 0) return "Không";
        var parts = new List<string>();
        var groups = new List<int>();
        for (var n = amount; n > 0; n /= 1000) groups.Add((int)(n % 1000));
        for (var i = groups.Count - 1; i >= 0; i--)
        {
            if (groups[i] == 0) continue;
            parts.Add(Hundreds(groups[i], full: i < groups.Count - 1) + Groups[i]);
        }
        var text = string.Join(" ", parts);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static string Hundreds(int n, bool full)
    {
        int h = n / 100, t = n / 10 % 10, u = n % 10;
        var words = new List<string>();
        if (h > 0 || full) words.Add(Digits[h] + " trăm");
        if (t == 0 && u > 0 && (h > 0 || full)) words.Add("lẻ");
        if (t == 1) words.Add("mười");
        else if (t > 1) words.Add(Digits[t] + " mươi");
        if (u > 0)
        {
            words.Add(u switch
            {
                1 when t > 1 => "mốt",
                5 when t > 0 => "lăm",
                4 when t > 1 => "tư",
                _ => Digits[u],
            });
        }
        return string.Join(" ", words);
    }
}
