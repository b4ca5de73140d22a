using System.Collections.Concurrent;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;

namespace SocialWorkCloud.Application.Features.Imports;

/// <summary>Where a long check or commit stands: reading the sheet, then writing (commit only), then finished.</summary>
public enum ImportPhase
{
    Reading,
    Writing,
    Finished,
}

/// <param name="RowsRead">Data rows read so far.</param>
/// <param name="PercentRead">How much of the worksheet has been read (0–100).</param>
public sealed record ImportProgressDto(ImportPhase Phase, int RowsRead, int PercentRead);

/// <summary>
/// The progress of the imports running in this process, by person and the token the portal chose for the run
/// (header <c>Import-Progress</c>). Kept in memory for 15 minutes: progress is a courtesy, not a record, and a
/// poll that reaches another replica simply finds nothing (the portal then shows an indeterminate bar).
/// </summary>
public sealed class ImportProgressBoard(TimeProvider clock)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<(Guid User, Guid Token), (ImportProgressDto Progress, DateTimeOffset At)> _runs = new();

    public void Report(Guid user, Guid token, ImportProgressDto progress)
    {
        var now = clock.GetUtcNow();
        _runs[(user, token)] = (progress, now);
        if (_runs.Count <= 200) return;
        foreach (var (key, value) in _runs)
        {
            if (now - value.At > KeptFor) _runs.TryRemove(key, out _);
        }
    }

    public ImportProgressDto? Find(Guid user, Guid token) =>
        _runs.TryGetValue((user, token), out var run) && clock.GetUtcNow() - run.At <= KeptFor ? run.Progress : null;
}

/// <summary>This request's run: its token is set from the <c>Import-Progress</c> header; without one it reports nowhere.</summary>
public sealed class ImportProgressRun(ImportProgressBoard board, ICurrentUser user)
{
    public const string Header = "Import-Progress";

    public Guid? Token { get; set; }

    public void Report(ImportPhase phase, int rowsRead, int percentRead)
    {
        if (Token is { } token && user.UserId is { } person) board.Report(person, token, new ImportProgressDto(phase, rowsRead, Math.Clamp(percentRead, 0, 100)));
    }

    /// <summary>The rows as they are read, reporting every 500 and at the end.</summary>
    public IEnumerable<XlsxRow> Track(IEnumerable<XlsxRow> rows, XlsxFile file)
    {
        var count = 0;
        foreach (var row in rows)
        {
            yield return row;
            if (++count % 500 == 0) Report(ImportPhase.Reading, count, file.PercentRead);
        }
        Report(ImportPhase.Reading, count, 100);
    }
}

/// <summary>Where the caller's import named <paramref name="Token"/> stands (404 when it is unknown here, finished long ago, or someone else's).</summary>
[RequiresPermission(Permissions.ImportsUse)]
public sealed record GetImportProgress(Guid Token) : IQuery<ImportProgressDto>;

public sealed class GetImportProgressHandler(ImportProgressBoard board, ICurrentUser user) : IQueryHandler<GetImportProgress, ImportProgressDto>
{
    public ValueTask<ImportProgressDto> Handle(GetImportProgress query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(user.UserId is { } person && board.Find(person, query.Token) is { } progress
            ? progress
            : throw new NotFoundException("ImportProgress", query.Token));
}

public static class ImportProgressServiceCollectionExtensions
{
    public static IServiceCollection AddImportProgress(this IServiceCollection services)
    {
        services.AddSingleton<ImportProgressBoard>();
        services.AddScoped<ImportProgressRun>();
        return services;
    }
}
