using System.Globalization;
using System.Text;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>A bank that takes NAPAS 247 transfers: its BIN (the VietQR bank id), short name and full Vietnamese name.</summary>
public sealed record VietnameseBank(string Bin, string ShortName, string Name);

/// <summary>
/// The banks a campaign's transfer account may be at, shipped with the code (the NAPAS BINs change rarely;
/// a new bank is one line here). Sorted by short name as they are offered. A Vitest checks each BIN against the
/// NAPAS list published in the npm package vietnam-qr-pay (web/src/features/public-campaign).
/// </summary>
public static class VietnameseBanks
{
    public static readonly IReadOnlyList<VietnameseBank> All = new VietnameseBank[]
    {
        new("970416", "ACB", "Ngân hàng TMCP Á Châu"),
        new("970405", "Agribank", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam"),
        new("970409", "BacABank", "Ngân hàng TMCP Bắc Á"),
        new("970438", "BaoVietBank", "Ngân hàng TMCP Bảo Việt"),
        new("970418", "BIDV", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam"),
        new("970454", "BVBank", "Ngân hàng TMCP Bản Việt"),
        new("970444", "CBBank", "Ngân hàng Thương mại TNHH MTV Xây dựng Việt Nam"),
        new("970446", "COOPBANK", "Ngân hàng Hợp tác xã Việt Nam"),
        new("970431", "Eximbank", "Ngân hàng TMCP Xuất Nhập khẩu Việt Nam"),
        new("970408", "GPBank", "Ngân hàng Thương mại TNHH MTV Dầu Khí Toàn Cầu"),
        new("970437", "HDBank", "Ngân hàng TMCP Phát triển Thành phố Hồ Chí Minh"),
        new("970452", "KienLongBank", "Ngân hàng TMCP Kiên Long"),
        new("970449", "LPBank", "Ngân hàng TMCP Lộc Phát Việt Nam"),
        new("970422", "MBBank", "Ngân hàng TMCP Quân đội"),
        new("970426", "MSB", "Ngân hàng TMCP Hàng Hải Việt Nam"),
        new("970428", "NamABank", "Ngân hàng TMCP Nam Á"),
        new("970419", "NCB", "Ngân hàng TMCP Quốc Dân"),
        new("970448", "OCB", "Ngân hàng TMCP Phương Đông"),
        new("970414", "MBV", "Ngân hàng TNHH MTV Việt Nam Hiện Đại"),
        new("970430", "PGBank", "Ngân hàng TMCP Thịnh vượng và Phát triển"),
        new("970412", "PVcomBank", "Ngân hàng TMCP Đại Chúng Việt Nam"),
        new("970403", "Sacombank", "Ngân hàng TMCP Sài Gòn Thương Tín"),
        new("970400", "SaigonBank", "Ngân hàng TMCP Sài Gòn Công Thương"),
        new("970429", "SCB", "Ngân hàng TMCP Sài Gòn"),
        new("970440", "SeABank", "Ngân hàng TMCP Đông Nam Á"),
        new("970443", "SHB", "Ngân hàng TMCP Sài Gòn – Hà Nội"),
        new("970407", "Techcombank", "Ngân hàng TMCP Kỹ thương Việt Nam"),
        new("970423", "TPBank", "Ngân hàng TMCP Tiên Phong"),
        new("970441", "VIB", "Ngân hàng TMCP Quốc tế Việt Nam"),
        new("970427", "VietABank", "Ngân hàng TMCP Việt Á"),
        new("970433", "VietBank", "Ngân hàng TMCP Việt Nam Thương Tín"),
        new("970436", "Vietcombank", "Ngân hàng TMCP Ngoại thương Việt Nam"),
        new("970415", "VietinBank", "Ngân hàng TMCP Công thương Việt Nam"),
        // DongA Bank's BIN since it became Vikki Bank (2025).
        new("970406", "Vikki Bank", "Ngân hàng TNHH MTV Số Vikki"),
        new("970432", "VPBank", "Ngân hàng TMCP Việt Nam Thịnh Vượng"),
        new("970421", "VRB", "Ngân hàng Liên doanh Việt – Nga"),
    };

    private static readonly Dictionary<string, VietnameseBank> ByBin = All.ToDictionary(b => b.Bin, StringComparer.Ordinal);

    public static VietnameseBank? Find(string? bin) => bin is not null && ByBin.TryGetValue(bin, out var bank) ? bank : null;
}

/// <summary>
/// The VietQR payload (NAPAS 247 on the EMVCo merchant-presented QR format) for a transfer to an account:
/// ID-length-value fields closed by a CRC16/CCITT-FALSE checksum. Built here, once, so the public page and
/// the PDF show the same code (the SPA renders the server's payload rather than encoding its own).
/// </summary>
public static class VietQr
{
    private const string NapasGuid = "A000000727";
    private const string ToAccount = "QRIBFTTA";

    /// <summary>A static code (the donor types the amount) unless an amount is given.</summary>
    public static string Payload(string bankBin, string accountNumber, long? amount = null, string? purpose = null)
    {
        var beneficiary = Field("00", bankBin) + Field("01", accountNumber);
        var merchant = Field("00", NapasGuid) + Field("01", beneficiary) + Field("02", ToAccount);
        var body = new StringBuilder()
            .Append(Field("00", "01"))
            .Append(Field("01", amount is null ? "11" : "12"))
            .Append(Field("38", merchant))
            .Append(Field("53", "704"))
            .Append(amount is { } a ? Field("54", a.ToString(CultureInfo.InvariantCulture)) : string.Empty)
            .Append(Field("58", "VN"))
            .Append(string.IsNullOrEmpty(purpose) ? string.Empty : Field("62", Field("08", purpose)))
            .Append("6304");
        return body + Crc16(body.ToString()).ToString("X4", CultureInfo.InvariantCulture);
    }

    /// <summary>CRC16/CCITT-FALSE (polynomial 0x1021, start 0xFFFF) over the payload's bytes, as EMVCo prescribes.</summary>
    public static ushort Crc16(string text)
    {
        ushort crc = 0xFFFF;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            crc ^= (ushort)(b << 8);
            for (var i = 0; i < 8; i++) crc = (crc & 0x8000) != 0 ? (ushort)((crc << 1) ^ 0x1021) : (ushort)(crc << 1);
        }
        return crc;
    }

    private static string Field(string id, string value) => id + value.Length.ToString("D2", CultureInfo.InvariantCulture) + value;
}
