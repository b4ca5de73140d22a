using SocialWorkCloud.Domain.Imports;

namespace SocialWorkCloud.Application.Features.Imports;

/// <summary>What a checked upload would do; <see cref="Apply"/> writes it (only called when there are no problems).</summary>
public sealed class ImportPlan
{
    public required IReadOnlyList<ImportProblem> Problems { get; init; }
    public int Rows { get; init; }
    public int ToCreate { get; init; }
    public int ToUpdate { get; init; }
    public int Unchanged { get; init; }
    public IReadOnlyList<ImportLikeness> Likenesses { get; init; } = [];
    public required Func<IReadOnlyDictionary<int, ImportRowDecision>, CancellationToken, Task<(int Created, int Updated, int Unchanged)>> Apply { get; init; }
    public Guid? ProvinceId { get; init; }
    public Guid? FacilityId { get; init; }
}

/// <summary>A row whose person looks like an existing client (same name and birth year): the user decides.</summary>
public sealed record ImportLikeness(int Row, string FullName, int? BirthYear, IReadOnlyList<ImportLikelyMatch> Matches);

public sealed record ImportLikelyMatch(Guid ClientId, string FullName, int? BirthYear, string? PatientId);

/// <summary>The user's decision for a row with likely matches: create a new client anyway, or skip the row.</summary>
public enum ImportRowChoice
{
    Skip = 1,
    CreateAnyway = 2,
}

public sealed record ImportRowDecision(int Row, ImportRowChoice Choice);

/// <summary>The answer of a dry run: every problem by row and column, and what a commit would change.</summary>
public sealed record ImportCheckResult(
    ImportKind Kind, string FileName, int Rows, int ToCreate, int ToUpdate, int Unchanged,
    IReadOnlyList<ImportProblem> Problems, IReadOnlyList<ImportLikeness> Likenesses);

/// <summary>A committed import as listed in the history.</summary>
public sealed record ImportRecordDto(
    Guid Id, ImportKind Kind, string FileName, DateTimeOffset ImportedAt, Guid? ImportedBy, string? ImportedByName,
    int Rows, int Created, int Updated, int Unchanged);

/// <summary>A workbook to download (a template or an upload annotated with its problems).</summary>
public sealed record ImportFile(string FileName, byte[] Content)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

/// <summary>One kind of import: its template, and the plan for an upload's rows.</summary>
internal interface IImporter
{
    Task<ImportTemplate> TemplateAsync(CancellationToken ct);

    Task<ImportPlan> PlanAsync(ImportSheet sheet, IEnumerable<XlsxRow> rows, CancellationToken ct);
}
