using System.Globalization;
using SocialWorkCloud.Application.Common.Documents;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Charity;
using SocialWorkCloud.Domain.Communication;
using SocialWorkCloud.Domain.Reception;
using SocialWorkCloud.Domain.Reports;

namespace SocialWorkCloud.Application.Features.Reports;

/// <summary>One figure line of a report: its section, its Vietnamese wording and its value.</summary>
public sealed record ReportLine(string Section, string Label, string Value);

/// <summary>
/// The report laid out as the Vietnamese administrative format asks (Decree 30/2020/NĐ-CP): the governing
/// body and unit top left, the national motto top right, number and date, title, sections, "Nơi nhận"
/// and the signature block. The same lines feed the Excel export.
/// </summary>
public static class ReportDocument
{
    private static readonly CultureInfo Vi = CultureInfo.InvariantCulture;

    public static string N(long n) => n.ToString("#,0", Vi).Replace(',', '.');

    public static IReadOnlyList<ReportLine> FigureLines(ReportFigures f)
    {
        const string S2 = "2. Hoạt động chuyên môn";
        const string S3 = "3. Đào tạo và nâng cao năng lực";
        var lines = new List<ReportLine>
        {
            new(S2, "Tiếp đón, hướng dẫn người bệnh (lượt)", N(f.Reception.Contacts)),
        };
        lines.AddRange(f.Reception.ByKind.Select(k => new ReportLine(S2, "  trong đó " + Contact(k.Kind), N(k.Count))));
        lines.Add(new(S2, "Tham vấn, hỗ trợ tâm lý (buổi)", N(f.Counselling.Sessions)));
        lines.Add(new(S2, "  cho người bệnh / cho người nhà (lượt)", $"{N(f.Counselling.WithPatients)} / {N(f.Counselling.WithRelatives)}"));
        lines.Add(new(S2, "  số người được tham vấn", N(f.Counselling.PeopleCounselled)));
        lines.Add(new(S2, "Truyền thông, giáo dục sức khỏe (nội dung)", N(f.Communication.Items)));
        lines.AddRange(f.Communication.ByChannel.Select(c => new ReportLine(S2, "  " + Channel(c.Channel), N(c.Count))));
        lines.Add(new(S2, "  trong đó trên phương tiện thông tin đại chúng", N(f.Communication.MassMediaItems)));
        lines.Add(new(S2, "Vận động tài trợ: tiền mặt tiếp nhận (đồng)", N(f.Fundraising.CashRaised)));
        lines.Add(new(S2, "  hiện vật tiếp nhận, trị giá (đồng)", N(f.Fundraising.GoodsValueRaised)));
        lines.Add(new(S2, "  đã chi hỗ trợ (đồng)", N(f.Fundraising.CashDistributed)));
        lines.Add(new(S2, "  lượt bệnh nhân được hỗ trợ", N(f.Fundraising.PatientsSupported)));
        lines.AddRange(f.Fundraising.GoodsReceived.Select(g => new ReportLine(S2, $"  tiếp nhận hiện vật: {g.Item}", $"{N(g.Quantity)} {g.Unit}".Trim())));
        lines.AddRange(f.Fundraising.GoodsDistributed.Select(g => new ReportLine(S2, $"  trao tặng hiện vật: {g.Item}", $"{N(g.Quantity)} {g.Unit}".Trim())));
        lines.Add(new(S2, "Hoạt động từ thiện, cộng đồng (hoạt động)", N(f.Charity.Activities)));
        lines.Add(new(S2, "  lượt người được hỗ trợ", N(f.Charity.Beneficiaries)));
        lines.AddRange(f.Charity.ByKind.Select(k => new ReportLine(S2, $"  {Charity(k.Kind)}", $"{N(k.Activities)} lần, {N(k.Beneficiaries)} lượt")));
        lines.Add(new(S2, "Dịch vụ hỗ trợ người bệnh đã cung cấp (lượt)", N(f.Services.Deliveries)));
        lines.AddRange(f.Services.ByType.Select(s => new ReportLine(S2, $"  {Service(s.Type)}", $"{N(s.Deliveries)} lượt")));
        lines.Add(new(S2, "Quản lý trường hợp: mở mới / kết thúc", $"{N(f.Cases.CasesOpened)} / {N(f.Cases.CasesClosed)}"));
        lines.Add(new(S2, "  đang quản lý cuối kỳ", N(f.Cases.OpenCasesAtEnd)));
        lines.Add(new(S2, "  trẻ em có hoàn cảnh đặc biệt được hỗ trợ", N(f.Cases.ChildrenInSpecialCircumstancesSupported)));
        lines.Add(new(S3, "Lớp tập huấn, bồi dưỡng đã tổ chức/tham gia", N(f.Training.CoursesHeld)));
        lines.Add(new(S3, "  lượt người tham gia", N(f.Training.Participants)));
        lines.Add(new(S3, "  số người được tập huấn (mỗi người tính một lần)", N(f.Training.PeopleTrained)));
        lines.Add(new(S3, "Nhân viên y tế được đào tạo",
            $"{N(f.Training.MedicalStaffTrained)}/{N(f.Training.MedicalStaffCount)}" + (f.Training.MedicalStaffTrainedPercent is { } p ? $" ({p.ToString("0.#", Vi).Replace('.', ',')}%)" : "")));
        lines.Add(new(S3, "Nhân viên CTXH / có chứng chỉ hành nghề", $"{N(f.Training.SocialWorkStaff)} / {N(f.Training.CertifiedStaff)}"));
        return lines;
    }

    public static string Contact(ContactKind k) => k switch
    {
        ContactKind.Guidance => "hướng dẫn khám chữa bệnh",
        ContactKind.AdministrativeHelp => "hỗ trợ thủ tục hành chính",
        ContactKind.Information => "cung cấp thông tin",
        ContactKind.WheelchairEscort => "đưa đón bằng xe lăn",
        ContactKind.CaseHandover => "chuyển quản lý trường hợp",
        _ => k.ToString(),
    };

    public static string Channel(CommunicationChannel c) => c switch
    {
        CommunicationChannel.Loudspeaker => "loa phát thanh",
        CommunicationChannel.WebsiteArticle => "trang web",
        CommunicationChannel.SocialNetworkPost => "mạng xã hội",
        CommunicationChannel.DirectSession => "truyền thông trực tiếp",
        CommunicationChannel.PrintedMaterial => "tài liệu in",
        CommunicationChannel.PrintPress => "báo in",
        CommunicationChannel.OnlinePress => "báo điện tử",
        CommunicationChannel.Radio => "đài phát thanh",
        CommunicationChannel.Television => "truyền hình",
        _ => c.ToString(),
    };

    public static string Charity(CharityKind k) => k switch
    {
        CharityKind.FreeMeals => "phát cơm miễn phí",
        CharityKind.PorridgeAndMilk => "cháo, sữa miễn phí",
        CharityKind.FreeHaircuts => "cắt tóc miễn phí",
        CharityKind.GiftsChildrensDay => "quà 1/6 cho bệnh nhi",
        CharityKind.GiftsMidAutumn => "quà Trung thu cho bệnh nhi",
        CharityKind.HumanitarianExamination => "khám chữa bệnh nhân đạo",
        CharityKind.CulturalActivity => "hoạt động văn hóa",
        _ => "hoạt động khác",
    };

    public static string Service(ServiceType t) => t switch
    {
        ServiceType.EmergencySupport => "hỗ trợ khẩn cấp",
        ServiceType.PsychosocialSupportAndCounselling => "hỗ trợ tâm lý xã hội",
        ServiceType.FinancialSupport => "hỗ trợ tài chính",
        ServiceType.Meals => "suất ăn",
        ServiceType.Transport => "hỗ trợ đi lại, xe về nhà",
        ServiceType.AssistiveDevices => "dụng cụ trợ giúp",
        ServiceType.LegalAid => "trợ giúp pháp lý",
        ServiceType.AdministrativeProcedures => "thủ tục hành chính",
        ServiceType.EducationOrVocationalSupport => "hỗ trợ học tập, học nghề",
        ServiceType.Referral => "chuyển gửi",
        _ => t.ToString(),
    };

    /// <summary>The date line: the submission day (or today for a draft), "Thanh Hóa, ngày 05 tháng 01 năm 2026".</summary>
    public static string DateLine(string? place, DateOnly date) =>
        $"{(string.IsNullOrWhiteSpace(place) ? "……" : place)}, ngày {date:dd} tháng {date:MM} năm {date:yyyy}";

    public static string NumberLine(string? number) => "Số: " + (string.IsNullOrWhiteSpace(number) ? "……/BC-CTXH" : number);

    public static byte[] Pdf(ReportDetail r, DateOnly dated)
    {
        using var pdf = new PdfSheet($"Báo cáo công tác xã hội {r.PeriodName} - {r.FacilityName}");
        pdf.Columns(
            [($"SỞ Y TẾ {r.ProvinceName.ToUpper(Vi)}", false), (r.FacilityName.ToUpper(Vi), true), ("", false), (NumberLine(r.ReportNumber), false)],
            [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true), ("Độc lập - Tự do - Hạnh phúc", true), ("", false), (DateLine(r.Place, dated), false)]);
        pdf.Gap(12).Title("BÁO CÁO");
        if (r.Kind == ReportPeriodKind.AdHoc)
            // A long subject wraps as a paragraph; a short one is centred under the title.
            (r.Subject is { Length: > 80 } ? pdf.Line("Về việc: " + r.Subject, bold: true) : pdf.Centered(r.Subject ?? "", bold: true)).Centered($"(Báo cáo đột xuất, số liệu từ ngày {r.PeriodStart:dd/MM/yyyy} đến ngày {r.PeriodEnd:dd/MM/yyyy})");
        else
            pdf.Centered($"Kết quả thực hiện công tác xã hội {r.PeriodName}", bold: true)
                .Centered($"(từ {r.PeriodStart:dd/MM/yyyy} đến {r.PeriodEnd:dd/MM/yyyy})");
        pdf.Gap(6);
        // "Kính gửi": one addressee on the line, several as a list (Decree 30/2020 layout).
        if (r.AddressedTo.Count == 1) pdf.Centered($"Kính gửi: {r.AddressedTo[0]}.");
        else
        {
            pdf.Centered("Kính gửi:");
            for (var i = 0; i < r.AddressedTo.Count; i++) pdf.Centered($"- {r.AddressedTo[i]}{(i == r.AddressedTo.Count - 1 ? "." : ";")}");
        }
        pdf.Gap(10);

        pdf.Line("I. KẾT QUẢ THỰC HIỆN", bold: true);
        pdf.Line("1. Kết quả chung", bold: true).Paragraphs(r.Results ?? "").Gap(4);
        if (r.Figures is { } f)
        {
            foreach (var section in FigureLines(f).GroupBy(l => l.Section))
            {
                pdf.Line(section.Key, bold: true);
                foreach (var line in section) pdf.Row([0.72, 0.28], [(line.Label.StartsWith("  ", StringComparison.Ordinal) ? "    " : "- ") + line.Label.Trim(), line.Value]);
                pdf.Gap(4);
            }
            if (f.Through < f.To) pdf.Line($"(Số liệu tính đến ngày {f.Through:dd/MM/yyyy})");
        }
        pdf.Line("4. Khó khăn, tồn tại", bold: true).Paragraphs(r.Difficulties ?? "").Gap(6);
        var next = r.Kind is ReportPeriodKind.Year or ReportPeriodKind.FiveYear;
        if (next)
            pdf.Line(r.Kind == ReportPeriodKind.FiveYear ? $"II. KẾ HOẠCH GIAI ĐOẠN {r.Year + 5} - {r.Year + 9}" : $"II. KẾ HOẠCH NĂM {r.Year + 1}", bold: true)
                .Paragraphs(r.NextPeriodPlan ?? "").Gap(6);
        pdf.Line($"{(next ? "III" : "II")}. KIẾN NGHỊ, ĐỀ XUẤT", bold: true).Paragraphs(r.Proposals ?? "").Gap(14);

        var recipients = (r.Recipients ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(x => ("- " + x, false)).ToList();
        pdf.Columns(
            [("Nơi nhận:", true), .. recipients],
            [((r.SignerTitle ?? "THỦ TRƯỞNG ĐƠN VỊ").ToUpper(Vi), true), ("(Ký, ghi rõ họ tên)", false), ("", false), ("", false), (r.SignerName ?? "", true)],
            leftShare: 0.5);
        return pdf.ToBytes();
    }

    public static DateOnly Dated(ReportDetail r, TimeProvider clock) =>
        r.SubmittedAt is { } at ? VietnamClock.DateOf(at) : VietnamClock.Today(clock);
}
