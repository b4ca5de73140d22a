using SocialWorkCloud.Application.Identity;
using StackExchange.Redis;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>
/// Ended sessions, announced on a Redis channel so every replica forgets them at once (not after its live cache
/// expires). Without Redis (one replica) this does nothing: the replica that ended them already knows.
/// </summary>
public sealed class RedisSessionSignals(IServiceProvider services, SessionRegistry registry, ILogger<RedisSessionSignals> logger)
    : ISessionSignals, IHostedService
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("swc:sessions:ended");
    private IConnectionMultiplexer? Redis => services.GetService<IConnectionMultiplexer>();

    public void Ended(IReadOnlyCollection<Guid> sessionIds)
    {
        if (sessionIds.Count == 0 || Redis is not { } redis) return;
        try
        {
            redis.GetSubscriber().Publish(Channel, string.Join(',', sessionIds), CommandFlags.FireAndForget);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // The other replicas then learn it within their live cache (Sessions:LiveCacheSeconds).
            logger.LogWarning(e, "Could not announce {Count} ended sessions to the other replicas", sessionIds.Count);
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (Redis is not { } redis) return;
        await redis.GetSubscriber().SubscribeAsync(Channel, (_, message) =>
        {
            var ids = ((string?)message ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(s => Guid.TryParse(s, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
            registry.MarkEnded(ids);
        });
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
