using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.UnitHistory;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Imports;

namespace SocialWorkCloud.Application.Features.Imports;

/// <summary>
/// Commits an upload all or nothing, in the command's one transaction: the file is checked again, and any problem
/// refuses the whole import (422 <c>import-has-problems</c>) before anything is written. Rows that look like an
/// existing client need the user's decision (<paramref name="Decisions"/>). The import is kept in the history.
/// </summary>
[RequiresPermission(Permissions.ImportsUse)]
public sealed record CommitImport(ImportKind Kind, string FileName, Stream Content, IReadOnlyList<ImportRowDecision> Decisions) : ICommand<ImportRecordDto>;

public sealed class CommitImportValidator : AbstractValidator<CommitImport>
{
    public CommitImportValidator()
    {
        RuleFor(x => x.FileName).NotEmpty().MaximumLength(260);
        RuleForEach(x => x.Decisions).ChildRules(d => d.RuleFor(x => x.Choice).IsInEnum());
    }
}

public sealed class CommitImportHandler(AppDbContext db, ICurrentUser user, TenantScope tenant, TimeProvider clock, IServiceProvider services, ImportProgressRun progress)
    : ICommandHandler<CommitImport, ImportRecordDto>
{
    public async ValueTask<ImportRecordDto> Handle(CommitImport command, CancellationToken cancellationToken)
    {
        var plan = await Importers.PlanAsync(Importers.For(command.Kind, db, user, tenant, clock, services), command.Content, cancellationToken, progress);
        if (plan.Problems.Count > 0) throw new BusinessRuleException("import-has-problems", plan.Problems.Count);
        var decisions = command.Decisions.GroupBy(d => d.Row).ToDictionary(g => g.Key, g => g.Last());
        var undecided = plan.Likenesses.Where(l => !decisions.ContainsKey(l.Row)).Select(l => l.Row).ToList();
        if (undecided.Count > 0) throw new BusinessRuleException("import-decision-required", string.Join(", ", undecided.Take(20)));

        progress.Report(ImportPhase.Writing, plan.Rows, 100);
        var (created, updated, unchanged) = await plan.Apply(decisions, cancellationToken);
        var record = new ImportRecord
        {
            Id = Guid.NewGuid(), Kind = command.Kind, FileName = Path.GetFileName(command.FileName), ProvinceId = plan.ProvinceId, FacilityId = plan.FacilityId,
            ImportedBy = user.UserId, ImportedAt = clock.GetUtcNow(), Rows = plan.Rows, Created = created, Updated = updated, Unchanged = unchanged,
        };
        db.ImportRecords.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        progress.Report(ImportPhase.Finished, plan.Rows, 100);
        var names = await db.RecorderNamesAsync([user.UserId], cancellationToken);
        return ListImportsHandler.ToDto(record, names);
    }
}
