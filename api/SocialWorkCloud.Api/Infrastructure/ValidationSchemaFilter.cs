using System.Globalization;
using System.Reflection;
using FluentValidation;
using FluentValidation.Validators;
using SocialWorkCloud.Application.Common.Validation;
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
            Describe(validator, json => s.Properties.TryGetValue(json, out var property) ? property as OpenApiSchema : null,
                child => context.SchemaRepository.Schemas.TryGetValue(child, out var target) ? target as OpenApiSchema : null);
        }
    }

    /// <summary>
    /// Writes the rules of <paramref name="validator"/> into the schemas <paramref name="property"/> finds by
    /// JSON name; the rules of a child validator (<c>RuleForEach(...).ChildRules(...)</c>, <c>SetValidator</c>)
    /// go into the item schema of the list (a component, found by <paramref name="component"/>).
    /// </summary>
    internal static void Describe(IValidator validator, Func<string, OpenApiSchema?> property, Func<string, OpenApiSchema?>? component = null)
    {
        foreach (var rule in validator.CreateDescriptor().Rules)
        {
            // Include(shared rules): the included validator's rules are about the same object.
            if (rule.PropertyName is null)
            {
                foreach (var included in rule.Components.Select(c => c.Validator).OfType<IChildValidatorAdaptor>())
                {
                    if (ChildValidator((IPropertyValidator)included) is { } rules) Describe(rules, property, component);
                }
                continue;
            }
            if (rule.PropertyName is not { Length: > 0 } name || name.Contains('.', StringComparison.Ordinal)) continue;
            var json = char.ToLowerInvariant(name[0]) + name[1..];
            if (property(json) is not { } target) continue;
            // RuleForEach: the rules are about each item, not the list.
            var each = rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));
            IOpenApiSchema? item = each ? target.Items : target;
            foreach (var part in rule.Components)
            {
                if (part.Validator is IChildValidatorAdaptor)
                {
                    if (component is not null && item is not null && ItemComponent(item) is { } id && component(id) is { } itemSchema && ChildValidator(part.Validator) is { } child)
                        Describe(child, p => itemSchema.Properties?.TryGetValue(p, out var s) == true ? s as OpenApiSchema : null, component);
                    continue;
                }
                Describe(item as OpenApiSchema, part.Validator, part.HasCondition || part.HasAsyncCondition);
            }
        }
    }

    private static string? ItemComponent(IOpenApiSchema schema) => schema switch
    {
        OpenApiSchemaReference reference => reference.Reference.Id,
        OpenApiSchema { AllOf: { Count: 1 } parts } when parts[0] is OpenApiSchemaReference r => r.Reference.Id,
        _ => null,
    };

    /// <summary>The validator a ChildValidatorAdaptor holds (ChildRules and SetValidator(instance) need no context to give it).</summary>
    private static IValidator? ChildValidator(IPropertyValidator adaptor)
    {
        var get = adaptor.GetType().GetMethod("GetValidator", BindingFlags.Public | BindingFlags.Instance);
        try
        {
            if (get?.Invoke(adaptor, new object?[get.GetParameters().Length]) is IValidator given) return given;
        }
        catch (TargetInvocationException)
        {
            // a provider that needs the request's context: fall back to the instance the adaptor holds, if any
        }
        for (var type = adaptor.GetType(); type is not null; type = type.BaseType)
        {
            foreach (var field in type.GetFields(BindingFlags.NonPublic | BindingFlags.Instance))
            {
                if (typeof(IValidator).IsAssignableFrom(field.FieldType) && field.GetValue(adaptor) is IValidator held) return held;
            }
        }
        return null;
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
            case IMaxItemsValidator items when property is not null:
                property.MaxItems = property.MaxItems is { } known ? Math.Min(known, items.MaxItems) : items.MaxItems;
                if (items.MinItems > 0 && !conditional) property.MinItems = Math.Max(property.MinItems ?? 0, items.MinItems);
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
