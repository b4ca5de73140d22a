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
