using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SocialWorkCloud.Application.Features.Webhooks;

public static class WebhooksServiceCollectionExtensions
{
    /// <summary>The delivery jobs, the URL policy and the delivery client: no redirects (a 3xx is a failure), 10 s per attempt, public addresses only in Production.</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddSingleton<WebhookUrlPolicy>();
        services.AddScoped<WebhookJobs>();
        services.AddHttpClient(WebhookJobs.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectCallback = environment.IsProduction() ? WebhookUrlPolicy.ConnectAsync : null,
            });
        return services;
    }
}
