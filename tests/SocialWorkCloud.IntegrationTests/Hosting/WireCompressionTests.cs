using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using SocialWorkCloud.Api.Infrastructure;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Hosting;

/// <summary>The portal's assets go out precompressed, API JSON compressed (issue 19).</summary>
public sealed class PrecompressedPortalFilesTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("swc-webroot-").FullName;
    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private const string Script = "console.log('xin chào');";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_root, "assets"));
        await File.WriteAllTextAsync(Path.Combine(_root, "assets", "app.js"), Script);
        await File.WriteAllBytesAsync(Path.Combine(_root, "assets", "app.js.br"), Compress(Script, s => new BrotliStream(s, CompressionLevel.Optimal)));
        await File.WriteAllBytesAsync(Path.Combine(_root, "assets", "app.js.gz"), Compress(Script, s => new GZipStream(s, CompressionLevel.Optimal)));
        await File.WriteAllTextAsync(Path.Combine(_root, "assets", "plain.css"), "body{}");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { WebRootPath = _root, EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        _app = builder.Build();
        _app.UseDefaultFiles();
        _app.UsePrecompressedPortalFiles();
        _app.UseStaticFiles(PortalFiles.Options);
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [Theory]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    public async Task An_asset_goes_out_in_the_best_encoding_the_browser_accepts(string acceptEncoding, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/app.js");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        using var response = await _client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBe([expected]);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        response.Headers.Vary.ShouldContain("Accept-Encoding");
        response.Headers.CacheControl!.ToString().ShouldContain("immutable");
        var packed = await response.Content.ReadAsStreamAsync();
        await using var unpacked = expected == "br" ? (Stream)new BrotliStream(packed, CompressionMode.Decompress) : new GZipStream(packed, CompressionMode.Decompress);
        (await new StreamReader(unpacked, Encoding.UTF8).ReadToEndAsync()).ShouldBe(Script);
    }

    [Fact]
    public async Task Without_accept_encoding_or_without_a_compressed_copy_the_file_goes_out_as_it_is()
    {
        (await _client.GetStringAsync("/assets/app.js")).ShouldBe(Script);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/plain.css");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        using var response = await _client.SendAsync(request);
        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
        (await response.Content.ReadAsStringAsync()).ShouldBe("body{}");
    }

    private static byte[] Compress(string text, Func<Stream, Stream> wrap)
    {
        using var buffer = new MemoryStream();
        using (var stream = wrap(buffer)) stream.Write(Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }
}

public sealed class ApiJsonCompressionTests(SharedSqlite api) : IClassFixture<SharedSqlite>
{
    [Fact]
    public async Task Api_json_is_compressed_for_a_caller_that_accepts_br()
    {
        using var client = await api.Factory.World.ClientForAsync(TestWorld.AdminA);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        using var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        await using var unpacked = new BrotliStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        (await new StreamReader(unpacked).ReadToEndAsync()).ShouldContain("\"permissions\"");
    }
}
