using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Imports;

namespace SocialWorkCloud.Application.Features.Imports;

/// <summary>The upload given back with a last column naming each row's problems, to fix in Excel and upload again.</summary>
[RequiresPermission(Permissions.ImportsUse)]
public sealed record AnnotateImport(ImportKind Kind, string FileName, Stream Content) : IQuery<ImportFile>;

public sealed class AnnotateImportHandler(AppDbContext db, ICurrentUser user, TenantScope tenant, TimeProvider clock, IServiceProvider services) : IQueryHandler<AnnotateImport, ImportFile>
{
    public async ValueTask<ImportFile> Handle(AnnotateImport query, CancellationToken cancellationToken)
    {
        var importer = Importers.For(query.Kind, db, user, tenant, clock, services);
        var plan = await Importers.PlanAsync(importer, query.Content, cancellationToken);
        var byRow = plan.Problems.GroupBy(p => p.Row).ToDictionary(g => g.Key, g => string.Join("; ", g.Select(p => $"{p.Column} ({p.Header}): {p.Message}")));
        var template = await importer.TemplateAsync(cancellationToken);
        var columns = template.Fields.Select(f => new XlsxColumn(f.Header, f.Width, f.Choices)).Append(new XlsxColumn(TextCatalog.Get("import-problems-column"), 60)).ToList();

        using var file = XlsxFile.Open(query.Content);
        var sheet = new ImportSheet(template);
        var rows = sheet.DataRows(file).Select(r =>
        {
            var cells = new string?[template.Fields.Count + 1];
            for (var i = 0; i < template.Fields.Count; i++) cells[i] = r[i];
            cells[^1] = byRow.GetValueOrDefault(r.Number);
            return (IReadOnlyList<string?>)cells;
        });
        var content = XlsxWriter.Write(template.SheetName, columns, rows);
        var name = Path.GetFileNameWithoutExtension(query.FileName);
        return new ImportFile($"{(string.IsNullOrWhiteSpace(name) ? Importers.Slug(query.Kind) : name)}-kiem-tra.xlsx", content);
    }
}
