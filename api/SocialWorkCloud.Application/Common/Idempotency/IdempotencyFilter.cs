using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Common.Idempotency;

/// <summary>
/// The one endpoint filter behind <c>Idempotency-Key</c> (added to the whole /api/v1 group). It acts on the
/// operations <see cref="IdempotentOperations"/> picks when the header is present, and hands the request to
/// <see cref="IdempotentExecution"/>; everything else passes untouched.
/// </summary>
public static class IdempotencyFilter
{
    public const string Header = "Idempotency-Key";

    /// <summary>Set on an answer served from the stored response.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    public const int MaxKeyLength = 200;

    /// <summary>How long a key and its answer are kept: a retry within it is answered from the first time.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        if (IdempotentOperations.HandlesKeyItself(context.MethodInfo)) return next;
        // What identifies the request besides its path: the bound arguments that are not services (route values, query, body).
        var isService = context.ApplicationServices.GetService<Microsoft.Extensions.DependencyInjection.IServiceProviderIsService>();
        var hashed = context.MethodInfo.GetParameters()
            .Select((p, i) => (p, i))
            .Where(x => x.p.ParameterType != typeof(CancellationToken) && x.p.ParameterType != typeof(HttpContext)
                && x.p.GetCustomAttribute<FromServicesAttribute>() is null && isService?.IsService(x.p.ParameterType) != true)
            .Select(x => x.i).ToArray();
        // Everything but a POST with the header passes straight on, without a state machine of its own (issue 19).
        return invocation =>
        {
            var request = invocation.HttpContext.Request;
            return HttpMethods.IsPost(request.Method) && request.Headers.ContainsKey(Header) ? Keyed(invocation) : next(invocation);
        };

        async ValueTask<object?> Keyed(EndpointFilterInvocationContext invocation)
        {
            var http = invocation.HttpContext;
            var values = http.Request.Headers[Header];
            if (http.GetEndpoint() is not { } endpoint || !IdempotentOperations.AppliesTo(endpoint)) return await next(invocation);
            var key = values.Count == 1 ? values[0]?.Trim() : null;
            if (string.IsNullOrEmpty(key) || key.Length > MaxKeyLength || key.Any(char.IsControl))
            {
                throw new ValidationException([new ValidationFailure(Header, TextCatalog.Get("idempotency-key-invalid", MaxKeyLength)) { ErrorCode = "idempotency-key-invalid" }]);
            }
            var json = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            var execution = http.RequestServices.GetRequiredService<IdempotentExecution>();
            return await execution.RunAsync(key, Hash(http, invocation, hashed, json), invocation, next);
        }
    }

    private static string Hash(HttpContext http, EndpointFilterInvocationContext invocation, int[] hashed, JsonSerializerOptions json)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{http.Request.Method} {http.Request.Path}{http.Request.QueryString}\n"));
        foreach (var i in hashed)
        {
            var arg = invocation.Arguments[i];
            sha.AppendData(arg is null ? "null"u8 : JsonSerializer.SerializeToUtf8Bytes(arg, arg.GetType(), json));
            sha.AppendData("\n"u8);
        }
        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
