using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace SocialWorkCloud.Application.Common.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>The outbox, its dispatcher and sweep, and every <see cref="IOutboxHandler{TMessage}"/> in the given assemblies (the Application's by default).</summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, params Assembly[] assemblies)
    {
        if (assemblies.Length == 0) assemblies = [typeof(OutboxMessage).Assembly];
        services.AddSingleton(new OutboxRegistry(assemblies));
        services.AddScoped<TransactionalOutbox>();
        services.AddScoped<IOutbox>(sp => sp.GetRequiredService<TransactionalOutbox>());
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<OutboxSweep>();
        foreach (var (message, handler) in OutboxRegistry.Discover(assemblies))
        {
            services.AddScoped(typeof(IOutboxHandler<>).MakeGenericType(message), handler);
        }
        return services;
    }
}
