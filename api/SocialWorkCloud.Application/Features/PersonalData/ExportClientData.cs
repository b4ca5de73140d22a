using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Auditing;
using SocialWorkCloud.Application.Common.Documents;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Fundraising;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Clients;

namespace SocialWorkCloud.Application.Features.PersonalData;

/// <summary>
/// Everything the facility holds about one client (access request): a zip of JSON files — the client, cases with
/// their notes, assessments, plan and tasks, counselling sessions, services, referrals, consents, ledger lines that
/// name them, data-subject requests — and a PDF summary. Audited.
/// </summary>
[RequiresPermission(Permissions.PersonalDataManage)]
public sealed record ExportClientData(Guid ClientId) : IQuery<FileDownload>;

public sealed class ExportClientDataHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ExportClientData, FileDownload>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, ReferenceHandler = ReferenceHandler.IgnoreCycles, Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async ValueTask<FileDownload> Handle(ExportClientData query, CancellationToken cancellationToken)
    {
        var client = await db.Clients.AsNoTracking().Include(c => c.NameKeys).SingleOrDefaultAsync(c => c.Id == query.ClientId, cancellationToken)
            ?? throw new NotFoundException("Client", query.ClientId);
        var id = client.Id;
        var cases = await db.Cases.AsNoTracking().Where(c => c.ClientId == id).OrderBy(c => c.OpenedOn).ToListAsync(cancellationToken);
        var caseIds = cases.Select(c => c.Id).ToList();
        var notes = await db.CaseNotes.AsNoTracking().Where(n => caseIds.Contains(n.CaseId)).ToListAsync(cancellationToken);
        var assessments = await db.Assessments.AsNoTracking().Where(a => caseIds.Contains(a.CaseId)).ToListAsync(cancellationToken);
        var goals = await db.PlanGoals.AsNoTracking().Where(g => caseIds.Contains(g.CaseId)).ToListAsync(cancellationToken);
        var tasks = await db.FollowUpTasks.AsNoTracking().Where(t => caseIds.Contains(t.CaseId)).ToListAsync(cancellationToken);
        var sessions = await db.CounsellingSessions.AsNoTracking().Where(s => s.ClientId == id).OrderBy(s => s.HeldOn).ToListAsync(cancellationToken);
        var services = await db.ServicesDelivered.AsNoTracking().Where(s => s.ClientId == id).OrderBy(s => s.DeliveredOn).ToListAsync(cancellationToken);
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.ClientId == id).OrderBy(r => r.SentOn).ToListAsync(cancellationToken);
        var consents = await db.ConsentRecords.AsNoTracking().Where(c => c.ClientId == id).OrderBy(c => c.GivenOn).ToListAsync(cancellationToken);
        var ledger = await db.LedgerEntries.AsNoTracking().Where(e => e.ClientId == id).OrderBy(e => e.EntryDate).ToListAsync(cancellationToken);
        var requests = await db.DataSubjectRequests.AsNoTracking().Where(r => r.ClientId == id).OrderBy(r => r.ReceivedOn).ToListAsync(cancellationToken);
        var facility = await db.Facilities.AsNoTracking().Where(f => f.Id == client.FacilityId).Select(f => f.Name).SingleAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var files = new (string Name, object Content)[]
        {
            ("client.json", client), ("cases.json", cases), ("case-notes.json", notes), ("assessments.json", assessments), ("plan-goals.json", goals),
            ("follow-up-tasks.json", tasks), ("counselling-sessions.json", sessions), ("services.json", services), ("referrals.json", referrals),
            ("consents.json", consents), ("ledger-lines.json", ledger), ("data-subject-requests.json", requests),
        };

        using var pdf = new PdfSheet($"Dữ liệu cá nhân — {client.FullName}");
        pdf.Line(facility, bold: true).Gap(8).Title("DỮ LIỆU CÁ NHÂN ĐƠN VỊ ĐANG LƯU GIỮ").Centered($"Trích xuất ngày {VietnamClock.Today(clock):dd/MM/yyyy}").Gap(12)
            .Line($"Họ và tên: {client.FullName}", bold: true)
            .Line($"Năm sinh: {client.BirthYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"}   Giới tính: {client.Sex}")
            .Line($"CCCD: {client.NationalId ?? "—"}   Số thẻ BHYT: {client.InsuranceNumber ?? "—"}   Điện thoại: {client.Phone ?? "—"}")
            .Line($"Địa chỉ: {string.Join(", ", new[] { client.AddressDetail, client.CommuneWard, client.Province }.Where(s => !string.IsNullOrEmpty(s)))}")
            .Gap(12).Row([0.7, 0.3], ["Loại hồ sơ", "Số bản ghi"], bold: true);
        foreach (var (label, count) in new (string, int)[]
        {
            ("Hồ sơ quản lý trường hợp", cases.Count), ("Ghi chú trường hợp", notes.Count), ("Đánh giá", assessments.Count),
            ("Mục tiêu kế hoạch", goals.Count), ("Việc cần theo dõi", tasks.Count), ("Buổi tham vấn", sessions.Count), ("Dịch vụ đã cung cấp", services.Count),
            ("Chuyển gửi", referrals.Count), ("Sự đồng ý", consents.Count), ("Dòng sổ quỹ từ thiện", ledger.Count), ("Yêu cầu của chủ thể dữ liệu", requests.Count),
        })
        {
            pdf.Row([0.7, 0.3], [label, count.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }
        pdf.Gap(12).Paragraphs("Chi tiết từng bản ghi nằm trong các tệp JSON cùng gói.");

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                await using var stream = entry.Open();
                await JsonSerializer.SerializeAsync(stream, content, content.GetType(), Json, cancellationToken);
            }
            var summary = archive.CreateEntry("summary.pdf", CompressionLevel.Optimal);
            await using (var stream = summary.Open()) await stream.WriteAsync(pdf.ToBytes(), cancellationToken);
        }

        db.Audit(user, clock, "client.export-personal-data", nameof(Client), id);
        await db.SaveChangesAsync(cancellationToken);
        return new FileDownload($"du-lieu-ca-nhan-{id.ToString("N")[..8]}-{now:yyyyMMdd}.zip", "application/zip", zip.ToArray());
    }
}
