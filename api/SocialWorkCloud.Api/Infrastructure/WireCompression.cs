using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>
/// What the wire carries (issue 19): the portal's assets go out as the Brotli or gzip files Vite wrote
/// beside them at build time (no compression work per request), and API JSON is compressed on the fly
/// at the fastest level (a work list or a KPI table shrinks 5–10×; the CPU cost stays small).
/// </summary>
public static class WireCompression
{
    private static readonly FileExtensionContentTypeProvider Types = new();

    public static IServiceCollection AddWireCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            // JSON only: the assets are precompressed, files (PDF, xlsx, scans) are compressed formats already.
            o.MimeTypes = ["application/json", "application/problem+json"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>
    /// Before the static files: a GET for /assets/x.js from a browser that accepts br (or gzip) is
    /// answered from x.js.br (x.js.gz) with Content-Encoding, when the build wrote one.
    /// </summary>
    public static IApplicationBuilder UsePrecompressedPortalFiles(this IApplicationBuilder app)
    {
        var files = app.ApplicationServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider;
        return app.Use((http, next) =>
        {
            var request = http.Request;
            if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && request.Path.Value is { } path
                && !path.StartsWith("/api/", StringComparison.Ordinal) && Types.TryGetContentType(path, out _))
            {
                var accepted = request.Headers.AcceptEncoding.ToString();
                foreach (var (encoding, suffix) in Encodings)
                {
                    if (!files.GetFileInfo(path + suffix).Exists) continue;
                    http.Response.Headers.Vary = HeaderNames.AcceptEncoding;
                    if (!Accepts(accepted, encoding)) continue;
                    request.Path = path + suffix;
                    http.Response.Headers.ContentEncoding = encoding;
                    break;
                }
            }
            return next(http);
        });
    }

    private static readonly (string Encoding, string Suffix)[] Encodings = [("br", ".br"), ("gzip", ".gz")];

    private static bool Accepts(string acceptEncoding, string encoding) => acceptEncoding.Split(',').Any(part =>
    {
        var pieces = part.Split(';');
        if (!pieces[0].Trim().Equals(encoding, StringComparison.OrdinalIgnoreCase)) return false;
        return !pieces.Skip(1).Any(p => p.Trim() is "q=0" or "q=0.0" or "q=0.00" or "q=0.000");
    });

    /// <summary>x.js.br is served as what x.js is (the encoding header says how it is packed).</summary>
    public sealed class PrecompressedContentTypes : IContentTypeProvider
    {
        public bool TryGetContentType(string subpath, out string contentType)
        {
            if (subpath.EndsWith(".br", StringComparison.Ordinal) || subpath.EndsWith(".gz", StringComparison.Ordinal))
                subpath = subpath[..^3];
            return Types.TryGetContentType(subpath, out contentType!);
        }
    }
}
