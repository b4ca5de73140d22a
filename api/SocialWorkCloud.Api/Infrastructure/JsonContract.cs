using System.Text.Json.Serialization;

namespace SocialWorkCloud.Api.Infrastructure;

public static class JsonContract
{
    /// <summary>
    /// A body with a property the document does not list (every request schema says
    /// <c>additionalProperties: false</c>) is refused with a 400 naming it, instead of being ignored:
    /// a misspelt optional field otherwise "succeeds" without the value (issue 19).
    /// </summary>
    public static IServiceCollection AddStrictJsonBodies(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow);
}
