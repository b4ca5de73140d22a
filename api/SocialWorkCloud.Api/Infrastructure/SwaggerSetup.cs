using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using SocialWorkCloud.Application.Features.ApiClients;
using SocialWorkCloud.Application.Features.Auth;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Features.UnitHistory;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialWorkCloud.Api.Infrastructure;

public static class SwaggerSetup
{
    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "SocialWorkCloud API",
                Version = "v1",
                Description = "Quản lý công tác xã hội ngành y tế — social-work management for Vietnam's health sector. " +
                    "Sign in with POST /api/v1/auth/login (users) or POST /api/v1/auth/token (client credentials, third-party systems), " +
                    "then send `Authorization: Bearer <token>`. Dates are ISO yyyy-MM-dd; money is whole VND; errors are RFC 9457 ProblemDetails.",
                Contact = new OpenApiContact { Name = "SocialWorkCloud integrators (README: Error codes, API clients)" },
            });
            o.AddServer(new OpenApiServer
            {
                Url = "http://localhost:5080",
                Description = "A local run (./run.sh); a deployment serves the same paths on its own host",
                // OWASP api9 inventory-access: the audience of the server, stated (integrators, not internal only).
                Extensions = new Dictionary<string, IOpenApiExtension>(StringComparer.Ordinal) { ["x-internal"] = new JsonNodeExtension(JsonValue.Create(false)) },
            });
            o.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "The accessToken from /api/v1/auth/login or the access_token from /api/v1/auth/token. " +
                    "JWTs are validated as RFC8725 advises: only HS256 is accepted (no `none`, no algorithm switch), and issuer, audience, lifetime and signature are checked.",
            });
            // Per operation (OperationContractFilter): only endpoints that require authorisation ask for the token.
            o.OperationFilter<OperationContractFilter>();
            o.OperationFilter<QueryLimitOperationFilter>();
            o.DocumentFilter<DeclaredTagsFilter>();
            o.DocumentFilter<NullableReferenceTypeFilter>();
            o.DocumentFilter<FormatLengthFilter>();
            o.DocumentFilter<OpenApiLimitFilter>();
            o.SchemaFilter<ExampleSchemaFilter>();
            o.SchemaFilter<NonNullableIsRequiredSchemaFilter>();
            o.SchemaFilter<ProblemCodeSchemaFilter>();
            o.SchemaFilter<ValidationSchemaFilter>();
            o.SupportNonNullableReferenceTypes();
            // A nullable enum or object property is `allOf: [$ref]` + `nullable: true` (OpenAPI 3.0 ignores siblings of a bare $ref):
            // the document says null where the API sends null (issue 19: twelve responses broke their own schema).
            o.UseAllOfToExtendReferenceSchemas();
            o.CustomSchemaIds(SchemaId);
            // The endpoint groups live in the Application assembly beside their use cases.
            var xml = Path.Combine(AppContext.BaseDirectory, $"{typeof(SocialWorkCloud.Application.Common.Endpoints.IEndpointGroup).Assembly.GetName().Name}.xml");
            if (File.Exists(xml)) o.IncludeXmlComments(xml);
        });
        return services;
    }

    /// <summary>Plain type names ("FacilitySummary", "PagedListOfFacilitySummary"): what a generated client calls them.</summary>
    private static string SchemaId(Type type) => type.IsGenericType
        ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "Of" + string.Concat(type.GetGenericArguments().Select(SchemaId))
        : type.Name;

    /// <summary>
    /// A property that can never be null is always present in JSON: say so, so generated clients
    /// (the web portal's among them) type it as required instead of "maybe undefined".
    /// </summary>
    private sealed class NonNullableIsRequiredSchemaFilter : ISchemaFilter
    {
        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (schema is not OpenApiSchema s || s.Properties is null || s.Properties.Count == 0) return;
            if (context.Type.Assembly.GetName().Name?.StartsWith("SocialWorkCloud", StringComparison.Ordinal) != true) return;
            // NullabilityInfoContext is not thread-safe: one per schema, as two documents may be generated at once.
            var nullability = new NullabilityInfoContext();
            foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                if (!s.Properties.ContainsKey(name) || !IsNeverNull(property, nullability)) continue;
                s.Required ??= new HashSet<string>(StringComparer.Ordinal);
                s.Required.Add(name);
            }
        }

        private static bool IsNeverNull(PropertyInfo property, NullabilityInfoContext nullability) => property.PropertyType.IsValueType
            ? Nullable.GetUnderlyingType(property.PropertyType) is null
            : nullability.Create(property).ReadState == NullabilityState.NotNull;
    }

    /// <summary>
    /// Every ProblemDetails carries <c>code</c> (a stable machine code, the enum of every code the API
    /// answers with) and <c>traceId</c>; an integrator branches on the code, never on the text.
    /// </summary>
    private sealed class ProblemCodeSchemaFilter : ISchemaFilter
    {
        private static readonly List<JsonNode> Codes = SocialWorkCloud.Application.Common.Texts.TextCatalog.Keys
            .Where(key => !key.Contains('.', StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(key => (JsonNode)JsonValue.Create(key))
            .ToList();

        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (schema is not OpenApiSchema s || !typeof(Microsoft.AspNetCore.Mvc.ProblemDetails).IsAssignableFrom(context.Type)) return;
            s.Properties ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
            s.Properties["code"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "The stable machine code of the failure (README: Error codes); title and detail follow Accept-Language.",
                Enum = Codes,
            };
            s.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Quote it when reporting a failure." };
        }
    }

    /// <summary>Examples an integrator can send as they are, against the demo data.</summary>
    private sealed class ExampleSchemaFilter : ISchemaFilter
    {
        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (schema is not OpenApiSchema s) return;
            if (context.Type == typeof(Login))
            {
                s.Examples = [new JsonObject { ["email"] = "province@demo.vn", ["password"] = "Demo@2026" }];
            }
            else if (context.Type == typeof(RefreshSession) || context.Type == typeof(Logout))
            {
                s.Examples = [new JsonObject { ["refreshToken"] = "the refreshToken from the login response" }];
            }
            else if (context.Type == typeof(RecordUnitStatusChange))
            {
                s.Examples = [new JsonObject
                {
                    ["status"] = "Department", ["effectiveDate"] = "2025-03-23", ["decisionNumber"] = "512/QĐ-BV",
                    ["headName"] = "Lê Văn Minh", ["headcount"] = 7, ["note"] = "Thành lập Phòng Công tác xã hội",
                }];
            }
            else if (context.Type == typeof(CorrectUnitStatusChange))
            {
                s.Examples = [new JsonObject
                {
                    ["reason"] = "Nhập sai ngày hiệu lực", ["retract"] = false, ["status"] = "Team", ["effectiveDate"] = "2017-06-01",
                    ["decisionNumber"] = "1024/QĐ-BV", ["headcount"] = 6,
                }];
            }
            else if (context.Type == typeof(RegisterFacility))
            {
                s.Examples = [new JsonObject
                {
                    ["provinceId"] = "3fa85f64-5717-4562-b3fc-2c963f66afa6", ["code"] = "BV-NL", ["name"] = "Bệnh viện Đa khoa khu vực Ngọc Lặc",
                    ["type"] = "PublicHospital", ["ownership"] = "Public", ["communeWard"] = "Thị trấn Ngọc Lặc", ["medicalStaffCount"] = 420,
                    ["initialUnit"] = new JsonObject { ["status"] = "Team", ["effectiveDate"] = "2019-09-01", ["decisionNumber"] = "77/QĐ-SYT", ["headcount"] = 4 },
                }];
            }
            else if (context.Type == typeof(CreateApiClient))
            {
                s.Examples = [new JsonObject { ["name"] = "Hệ thống HIS bệnh viện", ["scopes"] = new JsonArray("read", "write") }];
            }
        }
    }
}
