using System.Globalization;
using System.Reflection;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>
/// The limits the FluentValidation rules enforce, written into the request schemas (issue 19): an
/// integrator's generated client and a fuzzer see maxLength/minLength, minimum/maximum, pattern and
/// required as the API checks them. Reads the rules of the type's validator and of the validators of the
/// interfaces it implements (shared field sets, e.g. IClientFields). Rules the document cannot express
/// (Must, cross-field comparisons, list sizes checked with Must, child rules of list items) stay in the
/// validators alone. A limit inside a rule-set-wide <c>When</c> block is shown as if it always applied
/// (stricter than the API, never looser).
/// </summary>
internal sealed class ValidationSchemaFilter(IServiceProvider services) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema s || s.Properties is not { Count: > 0 }) return;
        if (context.Type.Assembly.GetName().Name?.StartsWith("SocialWorkCloud", StringComparison.Ordinal) != true) return;
        using var scope = services.CreateScope();
        foreach (var type in context.Type.GetInterfaces().Prepend(context.Type))
        {
            if (scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(type)) is not IValidator validator) continue;
            foreach (var member in validator.CreateDescriptor().GetMembersWithValidators())
            {
                if (member.Key is not { Length: > 0 } name || name.Contains('.', StringComparison.Ordinal)) continue;
                var json = char.ToLowerInvariant(name[0]) + name[1..];
                if (!s.Properties.TryGetValue(json, out var property)) continue;
                foreach (var (rule, options) in member) Describe(property as OpenApiSchema, rule, options.HasCondition || options.HasAsyncCondition);
            }
        }
    }

    private static void Describe(OpenApiSchema? property, IPropertyValidator rule, bool conditional)
    {
        switch (rule)
        {
            // NotNull/NotEmpty do not touch `required`: a non-nullable property is required already
            // (NonNullableIsRequiredSchemaFilter), and a nullable one with NotNull is nearly always required only
            // for one kind of request (a `When` block, which the rule descriptor does not show).
            case INotEmptyValidator when !conditional && property is { Format: null, Type: { } t } && t.HasFlag(JsonSchemaType.String):
                property.MinLength = Math.Max(property.MinLength ?? 0, 1);
                break;
            case ILengthValidator length when property is not null:
                if (length.Max > 0) property.MaxLength = property.MaxLength is { } max ? Math.Min(max, length.Max) : length.Max;
                if (length.Min > 0) property.MinLength = Math.Max(property.MinLength ?? 0, length.Min);
                break;
            case IRegularExpressionValidator regex when property is not null && regex.Expression is { Length: > 0 }:
                property.Pattern = regex.Expression;
                break;
            case IBetweenValidator between when property is not null && IsNumeric(property):
                var exclusive = rule.Name.StartsWith("Exclusive", StringComparison.Ordinal);
                SetBound(property, nameof(OpenApiSchema.Minimum), between.From, exclusive ? +1 : 0);
                SetBound(property, nameof(OpenApiSchema.Maximum), between.To, exclusive ? -1 : 0);
                break;
            case IComparisonValidator { MemberToCompare: null, ValueToCompare: { } value } comparison when property is not null && IsNumeric(property):
                switch (comparison.Comparison)
                {
                    case Comparison.GreaterThanOrEqual: SetBound(property, nameof(OpenApiSchema.Minimum), value, 0); break;
                    case Comparison.GreaterThan: SetBound(property, nameof(OpenApiSchema.Minimum), value, +1); break;
                    case Comparison.LessThanOrEqual: SetBound(property, nameof(OpenApiSchema.Maximum), value, 0); break;
                    case Comparison.LessThan: SetBound(property, nameof(OpenApiSchema.Maximum), value, -1); break;
                }
                break;
        }
    }

    private static bool IsNumeric(OpenApiSchema property) =>
        property.Type is { } t && (t.HasFlag(JsonSchemaType.Integer) || t.HasFlag(JsonSchemaType.Number));

    /// <summary>An exclusive bound (GreaterThan(0)) becomes the inclusive one for whole numbers; for other numbers it is left out.</summary>
    private static void SetBound(OpenApiSchema property, string which, object value, int step)
    {
        if (!decimal.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var bound)) return;
        if (step != 0)
        {
            if (property.Type is not { } t || !t.HasFlag(JsonSchemaType.Integer)) return;
            bound += step;
        }
        // Minimum/Maximum are strings in OpenAPI.NET 2 (arbitrary precision); set whatever the property's type is.
        var target = typeof(OpenApiSchema).GetProperty(which, BindingFlags.Public | BindingFlags.Instance)!;
        var kind = Nullable.GetUnderlyingType(target.PropertyType) ?? target.PropertyType;
        target.SetValue(property, kind == typeof(string) ? bound.ToString(CultureInfo.InvariantCulture) : Convert.ChangeType(bound, kind, CultureInfo.InvariantCulture));
    }
}
