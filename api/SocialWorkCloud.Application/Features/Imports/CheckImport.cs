using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Imports;

namespace SocialWorkCloud.Application.Features.Imports;

/// <summary>The dry run: reads the whole upload and lists every problem by row and column; writes nothing.</summary>
[RequiresPermission(Permissions.ImportsUse)]
public sealed record CheckImport(ImportKind Kind, string FileName, Stream Content) : IQuery<ImportCheckResult>;

public sealed class CheckImportValidator : AbstractValidator<CheckImport>
{
    public CheckImportValidator() => RuleFor(x => x.FileName).NotEmpty().MaximumLength(260);
}

public sealed class CheckImportHandler(AppDbContext db, ICurrentUser user, TenantScope tenant, TimeProvider clock, IServiceProvider services, ImportProgressRun progress)
    : IQueryHandler<CheckImport, ImportCheckResult>
{
    public async ValueTask<ImportCheckResult> Handle(CheckImport query, CancellationToken cancellationToken)
    {
        var plan = await Importers.PlanAsync(Importers.For(query.Kind, db, user, tenant, clock, services), query.Content, cancellationToken, progress);
        progress.Report(ImportPhase.Finished, plan.Rows, 100);
        return new ImportCheckResult(query.Kind, query.FileName, plan.Rows, plan.ToCreate, plan.ToUpdate, plan.Unchanged, plan.Problems, plan.Likenesses);
    }
}
