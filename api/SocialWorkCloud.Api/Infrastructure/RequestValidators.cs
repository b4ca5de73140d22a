using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>
/// The request validators, built once instead of once per request (issue 19): a validator is a tree of rules —
/// expression trees, property rules, components, compiled regular expressions — that it is wasteful to rebuild for
/// every call (registering a client built some twenty rules per request). They are stateless and thread-safe:
/// <list type="bullet">
/// <item>a validator without dependencies is a singleton;</item>
/// <item>one that takes the clock (its rules may read today's date or year when built, e.g. a birth year up to this
/// year) is kept while the UTC date and the Vietnam date both stay the same, and built anew after (<see cref="ClockedValidators"/>);</item>
/// <item>anything else (none today) stays per request, as FluentValidation registers it.</item>
/// </list>
/// </summary>
public static class RequestValidators
{
    public static IServiceCollection AddRequestValidators(this IServiceCollection services, Assembly assembly)
    {
        services.AddSingleton<ClockedValidators>();
        foreach (var found in AssemblyScanner.FindValidatorsInAssembly(assembly, includeInternalTypes: true))
        {
            var type = found.ValidatorType;
            var parameters = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First().GetParameters();
            ServiceLifetime lifetime;
            if (parameters.Length == 0)
            {
                services.AddSingleton(type);
                lifetime = ServiceLifetime.Singleton;
            }
            else if (parameters.All(p => p.ParameterType == typeof(TimeProvider)))
            {
                services.AddTransient(type, sp => sp.GetRequiredService<ClockedValidators>().Get(type, sp));
                lifetime = ServiceLifetime.Transient;
            }
            else
            {
                services.AddScoped(type);
                lifetime = ServiceLifetime.Scoped;
            }
            services.Add(new ServiceDescriptor(found.InterfaceType, sp => sp.GetRequiredService(type), lifetime));
        }
        return services;
    }
}

/// <summary>Validators that take the clock, each kept for the period its construction-time view of the date holds.</summary>
public sealed class ClockedValidators(TimeProvider clock)
{
    private readonly ConcurrentDictionary<Type, (long Period, object Validator)> _built = new();

    public object Get(Type type, IServiceProvider services)
    {
        var period = Period(clock.GetUtcNow());
        if (_built.TryGetValue(type, out var built) && built.Period == period) return built.Validator;
        var validator = ActivatorUtilities.CreateInstance(services, type);
        _built[type] = (period, validator);
        return validator;
    }

    /// <summary>
    /// Half-days in which both the UTC date and the Vietnam date (UTC+7) stay the same: [00:00, 17:00) and [17:00, 24:00) UTC.
    /// </summary>
    internal static long Period(DateTimeOffset now)
    {
        var utc = now.UtcDateTime;
        return (utc.Ticks / TimeSpan.TicksPerDay * 2) + (utc.Hour >= 17 ? 1 : 0);
    }
}
