using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Features.Kpis;
using SocialWorkCloud.Application.Features.Reports;

namespace SocialWorkCloud.UnitTests.Infrastructure;

public class OutboxRegistryTests
{
    private static readonly System.Reflection.Assembly Application = typeof(OutboxMessage).Assembly;

    [Fact]
    public void Every_outbox_message_has_a_stable_name_and_exactly_one_handler()
    {
        var messages = Application.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IOutboxMessage).IsAssignableFrom(t)).ToList();
        messages.ShouldNotBeEmpty();
        var handled = OutboxRegistry.Discover([Application]).GroupBy(h => h.Message).ToDictionary(g => g.Key, g => g.Count());
        foreach (var message in messages)
        {
            Should.NotThrow(() => OutboxRegistry.NameOf(message), $"{message.Name} has no [OutboxMessageType] name");
            handled.GetValueOrDefault(message).ShouldBe(1, $"{message.Name} needs exactly one IOutboxHandler");
        }
        messages.Select(OutboxRegistry.NameOf).ShouldBeUnique();
    }

    [Fact]
    public void The_registry_finds_the_kpi_and_report_jobs_without_a_central_list()
    {
        var registry = new OutboxRegistry([Application]);
        registry.Names.ShouldContain(OutboxRegistry.NameOf(typeof(KpiRunRequested)));
        registry.Names.ShouldContain(OutboxRegistry.NameOf(typeof(ReportGenerationRequested)));
    }

    [Fact]
    public void A_message_nobody_handles_is_an_error_not_a_silent_drop()
    {
        var registry = new OutboxRegistry([Application]);
        Should.Throw<InvalidOperationException>(() => registry.Dispatch(new EmptyServices(), "nobody.handles-this", "{}"));
    }

    [Fact]
    public void A_message_without_a_name_cannot_be_published() =>
        Should.Throw<InvalidOperationException>(() => OutboxRegistry.NameOf(typeof(Unnamed)));

    private sealed record Unnamed : IOutboxMessage;

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
