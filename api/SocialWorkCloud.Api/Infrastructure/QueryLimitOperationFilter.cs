using System.Reflection;
using FluentValidation;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>
/// The limits of query and route parameters (issue 19): an endpoint's named handler (<c>ListClients(...)</c>)
/// sends the use case of the same name, whose validator checks the parameters as its properties (page,
/// pageSize, year, search…); those rules are written into the parameters' schemas as ValidationSchemaFilter
/// writes them into bodies. A parameter no rule bounds stays unbounded, and the OWASP lint says so.
/// </summary>
internal sealed class QueryLimitOperationFilter(IServiceProvider services) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Parameters is not { Count: > 0 }) return;
        var method = context.MethodInfo ?? context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault();
        if (method?.DeclaringType is null) return;
        using var scope = services.CreateScope();
        var validators = UseCaseTypes(method)
            .Select(t => scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(t)) as IValidator)
            .OfType<IValidator>().ToList();
        if (validators.Count == 0) return;
        var parameters = new Dictionary<string, OpenApiSchema>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in operation.Parameters.OfType<OpenApiParameter>())
        {
            if (p.In is ParameterLocation.Query or ParameterLocation.Path && p.Name is { } name && p.Schema is OpenApiSchema schema) parameters.TryAdd(name, schema);
            // A header the use case carries as a property (Idempotency-Key → IdempotencyKey).
            if (p.In is ParameterLocation.Header && p.Name is { } header && p.Schema is OpenApiSchema headerSchema)
            {
                parameters.TryAdd(header, headerSchema); // a rule with OverridePropertyName("Idempotency-Key")
                parameters.TryAdd(header.Replace("-", "", StringComparison.Ordinal), headerSchema);
            }
        }
        foreach (var validator in validators) ValidationSchemaFilter.Describe(validator, name => parameters.GetValueOrDefault(name));
    }

    private static IEnumerable<Type> UseCaseTypes(MethodInfo method) =>
        method.DeclaringType!.Assembly.GetTypes().Where(t => t.Name == method.Name && !t.IsAbstract && !t.IsGenericTypeDefinition)
            .SelectMany(t => t.GetInterfaces().Prepend(t)); // shared filter sets (IAuditQuery) carry their own validator
}
