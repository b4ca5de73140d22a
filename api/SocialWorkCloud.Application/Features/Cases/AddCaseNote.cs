using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.PersonalData;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Consents;
using SocialWorkCloud.Domain.Cases;

namespace SocialWorkCloud.Application.Features.Cases;

[RequiresPermission(Permissions.CasesWork)]
public sealed record AddCaseNote([property: System.Text.Json.Serialization.JsonIgnore] Guid CaseId, string Text) : ICommand<CaseDetail>;

public sealed class AddCaseNoteValidator : AbstractValidator<AddCaseNote>
{
    public AddCaseNoteValidator() => RuleFor(x => x.Text).NotEmpty().MaximumLength(8000);
}

public sealed class AddCaseNoteHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AddCaseNote, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(AddCaseNote command, CancellationToken cancellationToken)
    {
        var @case = await db.LoadAsync(user, clock, command.CaseId, "case.note", cancellationToken);
        await db.EnsureMayProcessAsync(@case.ClientId, ConsentPurpose.PersonalDataProcessing, cancellationToken);
        db.CaseNotes.Add(new CaseNote { Id = Guid.NewGuid(), CaseId = @case.Id, Text = command.Text.Trim(), At = clock.GetUtcNow(), ByUserId = user.UserId });
        await db.SaveChangesAsync(cancellationToken);
        return await CaseDetails.BuildAsync(db, @case, VietnamClock.Today(clock), cancellationToken);
    }
}
