using FluentValidation;
using Mediator;
using MiniExcelLibs;
using SocialWorkCloud.Application.Common.Documents;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Targets;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>The whole province progress table as an Excel workbook: one row per facility and indicator, then the province totals.</summary>
[RequiresPermission(Permissions.KpisReadProvince)]
public sealed record ExportProvinceProgress(Guid ProvinceId, DateOnly? AsOf = null) : IQuery<byte[]>;

public sealed class ExportProvinceProgressValidator : AbstractValidator<ExportProvinceProgress>
{
    public ExportProvinceProgressValidator() => RuleFor(x => x.AsOf).MustBeAKpiDate();
}

public sealed class ExportProvinceProgressHandler(AppDbContext db, ICurrentUser user, IndicatorCalculator calculator, TimeProvider clock)
    : IQueryHandler<ExportProvinceProgress, byte[]>
{
    private static readonly Dictionary<ProgressState, string> States = new()
    {
        [ProgressState.Met] = "Đạt", [ProgressState.OnTrack] = "Đúng tiến độ", [ProgressState.Behind] = "Chậm tiến độ",
        [ProgressState.NoTarget] = "Chưa có chỉ tiêu", [ProgressState.NoData] = "Chưa có số liệu",
    };

    private static readonly Dictionary<FacilityGroup, string> Groups = new()
    {
        [FacilityGroup.Curative] = "Khám, chữa bệnh", [FacilityGroup.Preventive] = "Dự phòng", [FacilityGroup.CommuneStation] = "Trạm y tế xã/phường",
    };

    public async ValueTask<byte[]> Handle(ExportProvinceProgress query, CancellationToken cancellationToken)
    {
        await TargetRules.EnsureProvinceAsync(db, user, query.ProvinceId, cancellationToken);
        var asOf = query.AsOf ?? VietnamClock.Today(clock);
        var progress = await GetProvinceProgressHandler.ComputeAsync(db, calculator, query.ProvinceId, asOf, cancellationToken);
        var names = IndicatorCatalogue.All.ToDictionary(d => d.Code, d => d.NameVi);

        Dictionary<string, object?> Row(string code, string facility, string group, ProgressCell c) => new()
        {
            ["Ngày tính"] = asOf.ToString("dd/MM/yyyy", DocumentCulture.Vietnamese),
            ["Mã cơ sở"] = code,
            ["Cơ sở"] = facility,
            ["Nhóm"] = group,
            ["Chỉ số"] = names[c.IndicatorCode],
            ["Thực hiện"] = c.Actual,
            ["Chỉ tiêu"] = c.Target,
            ["Tiến độ cần đạt"] = c.Expected,
            ["% đạt"] = c.PercentAchieved,
            ["Đánh giá"] = States[c.State],
        };

        var sheet = progress.Facilities
            .SelectMany(f => f.Cells.Select(c => Row(f.Code, f.Name, Groups[f.Group], c)))
            .Concat(progress.Totals.Select(c => Row(string.Empty, "Toàn tỉnh", string.Empty, c)))
            .ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: "Chi tieu", cancellationToken: cancellationToken);
        return stream.ToArray();
    }
}
