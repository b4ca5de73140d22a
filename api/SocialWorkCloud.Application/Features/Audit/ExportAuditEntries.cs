using Mediator;
using MiniExcelLibs;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Documents;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Application.Features.Audit;

/// <summary>The facility's audit log, filtered, as an Excel workbook (newest first, at most <see cref="AuditExport.MaxRows"/> lines).</summary>
[RequiresPermission(Permissions.AuditRead)]
public sealed record ExportAuditEntries(Guid? UserId = null, string? EntityType = null, Guid? EntityId = null, string? Action = null,
    DateOnly? From = null, DateOnly? To = null) : IQuery<byte[]>, IAuditFilter;

/// <summary>The platform's log, filtered, as an Excel workbook.</summary>
[RequiresPermission(Permissions.AuditReadPlatform)]
public sealed record ExportPlatformAuditEntries(Guid? UserId = null, string? EntityType = null, Guid? EntityId = null, string? Action = null,
    DateOnly? From = null, DateOnly? To = null) : IQuery<byte[]>, IAuditFilter;

public sealed class ExportAuditEntriesValidator : FluentValidation.AbstractValidator<ExportAuditEntries>
{
    public ExportAuditEntriesValidator() => Include(new AuditFilterRules<ExportAuditEntries>());
}

public sealed class ExportPlatformAuditEntriesValidator : FluentValidation.AbstractValidator<ExportPlatformAuditEntries>
{
    public ExportPlatformAuditEntriesValidator() => Include(new AuditFilterRules<ExportPlatformAuditEntries>());
}

public sealed class ExportAuditEntriesHandler(AppDbContext db) : IQueryHandler<ExportAuditEntries, byte[]>, IQueryHandler<ExportPlatformAuditEntries, byte[]>
{
    public async ValueTask<byte[]> Handle(ExportAuditEntries query, CancellationToken cancellationToken) =>
        await AuditExport.WorkbookAsync(AuditQueries.Filtered(db, db.AuditEntries.AsNoTracking(), query), cancellationToken);

    public async ValueTask<byte[]> Handle(ExportPlatformAuditEntries query, CancellationToken cancellationToken) =>
        await AuditExport.WorkbookAsync(AuditQueries.Filtered(db, db.PlatformAuditEntries.AsNoTracking(), query), cancellationToken);
}

internal static class AuditExport
{
    public const int MaxRows = 50_000;

    /// <summary>Vietnamese headers, times in Vietnam time (dd/MM/yyyy HH:mm:ss), the person by name.</summary>
    public static async Task<byte[]> WorkbookAsync(IQueryable<AuditEntryView> rows, CancellationToken ct)
    {
        var lines = await rows.Take(MaxRows).ToListAsync(ct);
        var sheet = lines.Select(r => new Dictionary<string, object?>
        {
            ["STT chuỗi"] = r.Position,
            ["Thời điểm"] = r.At.ToOffset(VietnamClock.Offset).ToString("dd/MM/yyyy HH:mm:ss", DocumentCulture.Vietnamese),
            ["Người thực hiện"] = r.UserName,
            ["Mã người dùng"] = r.UserId?.ToString(),
            ["Hành động"] = r.Action,
            ["Loại hồ sơ"] = r.EntityType,
            ["Mã hồ sơ"] = r.EntityId.ToString(),
            ["Chi tiết"] = r.Detail,
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: "Nhat ky kiem toan", cancellationToken: ct);
        return stream.ToArray();
    }
}
