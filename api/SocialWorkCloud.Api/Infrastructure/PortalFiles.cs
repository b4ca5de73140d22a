using Microsoft.Net.Http.Headers;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>How the built web portal (wwwroot) is served next to the API.</summary>
public static class PortalFiles
{
    /// <summary>
    /// Vite names every asset after its content hash, so /assets/* may be cached for a year; the HTML
    /// that points at them must be revalidated, or a deployment leaves browsers on the old portal.
    /// </summary>
    public static StaticFileOptions Options { get; } = new()
    {
        ContentTypeProvider = new WireCompression.PrecompressedContentTypes(),
        OnPrepareResponse = context =>
        {
            var headers = context.Context.Response.Headers;
            headers[HeaderNames.CacheControl] = context.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal)
                ? "public, max-age=31536000, immutable"
                : "no-cache";
        },
    };
}
