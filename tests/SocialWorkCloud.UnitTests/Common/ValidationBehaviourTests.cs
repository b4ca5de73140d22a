using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Behaviours;

namespace SocialWorkCloud.UnitTests.Common;

/// <summary>A validator is run synchronously unless it has asynchronous rules; either way its failures refuse the request.</summary>
public class ValidationBehaviourTests
{
    public sealed record Ask(string Name) : IQuery<string>;

    private sealed class SyncRules : AbstractValidator<Ask>
    {
        public SyncRules() => RuleFor(x => x.Name).NotEmpty();
    }

    private sealed class AsyncRules : AbstractValidator<Ask>
    {
        public int Checked;

        public AsyncRules() => RuleFor(x => x.Name).MustAsync(async (name, ct) =>
        {
            Interlocked.Increment(ref Checked);
            await Task.Yield();
            return name != "taken";
        });
    }

    private static async Task<string> SendAsync(IValidator<Ask> validator, Ask ask)
    {
        var behaviour = new ValidationBehaviour<Ask, string>([validator]);
        return await behaviour.Handle(ask, (m, _) => ValueTask.FromResult("handled " + m.Name), CancellationToken.None);
    }

    [Fact]
    public async Task Synchronous_rules_pass_and_refuse()
    {
        (await SendAsync(new SyncRules(), new Ask("An"))).ShouldBe("handled An");
        var refused = await Should.ThrowAsync<ValidationException>(() => SendAsync(new SyncRules(), new Ask("")));
        refused.Errors.Single().PropertyName.ShouldBe("Name");
    }

    private sealed class NamedRules : AbstractValidator<Ask>
    {
        // Named here: other tests in the run install the field names from the texts (Name → "Tên") for every validator.
        public NamedRules() => RuleFor(x => x.Name).Must(n => n != "bad").WithName("Name").WithMessage("{PropertyName} '{PropertyValue}' is refused");
    }

    [Fact]
    public async Task A_passed_validation_hands_its_formatter_on_and_a_failed_one_does_not()
    {
        // Synchronous throughout: the spare formatter is kept per thread.
        MessageFormatters.ReuseForPassedValidations();
        var validator = new NamedRules();
        (await SendAsync(validator, new Ask("An"))).ShouldBe("handled An");
        var spare = new ValidationContext<Ask>(new Ask("x")).MessageFormatter; // the one the passed validation handed on
        MessageFormatters.Return(spare);
        new ValidationContext<Ask>(new Ask("x")).MessageFormatter.ShouldBeSameAs(spare);
        MessageFormatters.Return(spare);

        // The failure takes the spare and writes its placeholders: its message is whole, and the formatter is not handed on.
        var refused = await Should.ThrowAsync<ValidationException>(() => SendAsync(validator, new Ask("bad")));
        refused.Errors.Single().ErrorMessage.ShouldBe("Name 'bad' is refused");
        var next = new ValidationContext<Ask>(new Ask("y")).MessageFormatter;
        next.ShouldNotBeSameAs(spare);
        next.PlaceholderValues.ShouldBeEmpty();

        // Failures and passes in turn: every message is built from its own placeholders only.
        for (var i = 0; i < 3; i++)
        {
            var again = await Should.ThrowAsync<ValidationException>(() => SendAsync(validator, new Ask("bad")));
            again.Errors.Single().ErrorMessage.ShouldBe("Name 'bad' is refused");
            (await SendAsync(validator, new Ask("Binh"))).ShouldBe("handled Binh");
        }
    }

    [Fact]
    public async Task Asynchronous_rules_are_run_asynchronously_every_time()
    {
        var validator = new AsyncRules();
        for (var i = 0; i < 2; i++)
        {
            (await SendAsync(validator, new Ask("free"))).ShouldBe("handled free");
            var refused = await Should.ThrowAsync<ValidationException>(() => SendAsync(validator, new Ask("taken")));
            refused.Errors.Single().PropertyName.ShouldBe("Name");
        }
        validator.Checked.ShouldBe(4);
    }
}
