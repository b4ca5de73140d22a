using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Imports;

namespace SocialWorkCloud.Application.Features.Imports;

/// <summary>The template of a kind: Vietnamese headers, an example row, drop-down lists (the province's communes among them).</summary>
[RequiresPermission(Permissions.ImportsUse)]
public sealed record GetImportTemplate(ImportKind Kind) : IQuery<ImportFile>;

public sealed class GetImportTemplateHandler(AppDbContext db, ICurrentUser user, TenantScope tenant, TimeProvider clock, IServiceProvider services) : IQueryHandler<GetImportTemplate, ImportFile>
{
    public async ValueTask<ImportFile> Handle(GetImportTemplate query, CancellationToken cancellationToken)
    {
        var template = await Importers.For(query.Kind, db, user, tenant, clock, services).TemplateAsync(cancellationToken);
        var content = XlsxWriter.Write(template.SheetName,
            template.Fields.Select(f => new XlsxColumn(f.Header + (f.Required ? " *" : string.Empty), f.Width, f.Choices)).ToList(),
            [template.Example]);
        return new ImportFile($"mau-nhap-{Importers.Slug(query.Kind)}.xlsx", content);
    }
}
