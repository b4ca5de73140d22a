using FluentValidation;
using Mediator;
using MiniExcelLibs;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Auditing;
using SocialWorkCloud.Application.Common.Documents;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Clients;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>The case list the caller may see, as an Excel workbook; national ID and phone masked as in any list.</summary>
[RequiresPermission(Permissions.CasesExport)]
public sealed record ExportCases(bool Mine = false, CaseStage? Stage = null, bool OpenOnly = false, string? Search = null) : IQuery<byte[]>;

public sealed class ExportCasesValidator : AbstractValidator<ExportCases>
{
    public ExportCasesValidator() => RuleFor(x => x.Search).MaximumLength(200);
}

public sealed class ExportCasesHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ExportCases, byte[]>
{
    public async ValueTask<byte[]> Handle(ExportCases query, CancellationToken cancellationToken)
    {
        var rows = await (
                from c in CaseQueries.Filtered(db, user, query.Mine, query.Stage, query.OpenOnly, query.Search)
                join cl in db.Clients on c.ClientId equals cl.Id
                where cl.RestrictedSince == null
                orderby c.OpenedOn descending
                select new
                {
                    c.Id, cl.FullName, cl.BirthYear, cl.NationalId, cl.Phone, c.Stage, c.Priority, c.RiskLevel, c.IsSensitive, c.OpenedOn, c.ClosedOn,
                    Worker = db.Users.Where(u => u.Id == c.AssignedWorkerId).Select(u => u.FullName).FirstOrDefault(),
                })
            .Take(10_000).ToListAsync(cancellationToken);
        // A sensitive case in an export is a read like any other: audited.
        foreach (var sensitive in rows.Where(r => r.IsSensitive)) db.Audit(user, clock, "case.export", nameof(Case), sensitive.Id);
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(cancellationToken);
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            ["Họ và tên"] = r.FullName,
            ["Năm sinh"] = r.BirthYear,
            ["CCCD"] = Masking.Mask(r.NationalId),
            ["Điện thoại"] = Masking.Mask(r.Phone),
            ["Bước"] = r.Stage.ToString(),
            ["Ưu tiên"] = r.Priority.ToString(),
            ["Nguy cơ"] = r.RiskLevel.ToString(),
            ["Nhạy cảm"] = r.IsSensitive ? "x" : string.Empty,
            ["Ngày mở"] = r.OpenedOn.ToString("dd/MM/yyyy", DocumentCulture.Vietnamese),
            ["Ngày kết thúc"] = r.ClosedOn?.ToString("dd/MM/yyyy", DocumentCulture.Vietnamese),
            ["Phụ trách"] = r.Worker,
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: "Truong hop", cancellationToken: cancellationToken);
        return stream.ToArray();
    }
}
