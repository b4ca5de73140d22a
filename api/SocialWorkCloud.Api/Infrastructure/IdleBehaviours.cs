using System.Reflection;
using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Behaviours;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>
/// Leaves out of a request type's pipeline the behaviours that would only pass it on (issue 19): the validation behaviour
/// where the type has no validator, the business counters where it counts nothing. The source generator registers every
/// behaviour for every request type its constraints allow, and each one in a pipeline is resolved, wrapped in a closure
/// and a delegate on every send (about 130 bytes) even when it does nothing. Decided from what is registered, after the
/// validators: a type gains the validation behaviour by having a validator, nothing to keep in step by hand.
/// </summary>
public static class IdleBehaviours
{
    public static IServiceCollection LeaveOutIdleBehaviours(this IServiceCollection services)
    {
        var validated = new HashSet<Type>();
        foreach (var descriptor in services)
        {
            if (!descriptor.ServiceType.IsGenericType || descriptor.ServiceType.GetGenericTypeDefinition() != typeof(IValidator<>)) continue;
            // An open validator (IValidator<> for any type) would make every type validated: keep every validation behaviour.
            if (descriptor.ServiceType.IsGenericTypeDefinition) return services;
            validated.Add(descriptor.ServiceType.GenericTypeArguments[0]);
        }
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (IsIdle(services[i], validated)) services.RemoveAt(i);
        }
        return services;
    }

    private static bool IsIdle(ServiceDescriptor descriptor, HashSet<Type> validated)
    {
        if (!descriptor.ServiceType.IsConstructedGenericType || descriptor.ServiceType.GetGenericTypeDefinition() != typeof(IPipelineBehavior<,>)
            || descriptor.ImplementationType is not { IsConstructedGenericType: true } behaviour)
        {
            return false;
        }
        var open = behaviour.GetGenericTypeDefinition();
        if (open == typeof(ValidationBehaviour<,>)) return !validated.Contains(behaviour.GenericTypeArguments[0]);
        if (open == typeof(BusinessMetricsBehaviour<,>))
        {
            var counts = behaviour.GetProperty(nameof(BusinessMetricsBehaviour<IMessage, object>.CountsAnything), BindingFlags.NonPublic | BindingFlags.Static)!;
            return !(bool)counts.GetValue(null)!;
        }
        return false;
    }
}
