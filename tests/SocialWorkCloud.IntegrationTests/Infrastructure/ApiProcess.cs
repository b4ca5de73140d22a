using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SocialWorkCloud.IntegrationTests.Infrastructure;

/// <summary>
/// The built API (api/SocialWorkCloud.Api/bin/…/SocialWorkCloud.Api.dll) as a real process of its own, as a
/// replica runs in production: for what an in-process host cannot show (a second replica, an exit code, a
/// process killed mid-request).
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ApiProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public int Port { get; }

    public HttpClient Client { get; }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static string ApiDll
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SocialWorkCloud.sln"))) dir = dir.Parent;
            if (dir is null) throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            return Path.Combine(dir.FullName, "api", "SocialWorkCloud.Api", "bin", configuration, "net10.0", "SocialWorkCloud.Api.dll");
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the API (or, with <paramref name="arguments"/> "migrate", the one-shot command) on a free port.</summary>
    public static ApiProcess Start(IDictionary<string, string> environment, params string[] arguments)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(ApiDll)!,
        };
        info.ArgumentList.Add(ApiDll);
        foreach (var a in arguments) info.ArgumentList.Add(a);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment["ASPNETCORE_WEBROOT"] = Directory.CreateTempSubdirectory("swc-webroot").FullName;
        info.Environment["Database__SeedDemoData"] = "false";
        info.Environment["Jwt__SigningKey"] = ApiFactory.SigningKey;
        info.Environment["Hangfire__NightlyKpiCron"] = "0 0 31 2 *";
        info.Environment["Mfa__RequireForPrivilegedRoles"] = "false";
        info.Environment["Hangfire__DailyCertificateCron"] = "0 0 31 2 *";
        info.Environment["Hangfire__NotificationDeadlinesCron"] = "0 0 31 2 *";
        foreach (var (key, value) in environment) info.Environment[key] = value;
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var api = new ApiProcess(process, port);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (api._output) api._output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (api._output) api._output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return api;
    }

    /// <summary>Polls a path until it answers <paramref name="status"/>; fails with the process output otherwise.</summary>
    public async Task WaitForAsync(string path, HttpStatusCode status, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        HttpStatusCode? last = null;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The API exited ({_process.ExitCode}) while waiting for {path}:\n{Output}");
            try
            {
                using var response = await Client.GetAsync(path);
                last = response.StatusCode;
                if (response.StatusCode == status) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // a probe that took too long counts as not yet
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{path} did not answer {status} within {within} (last {last}):\n{Output}");
    }

    public async Task<int> WaitForExitAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        Client.Dispose();
    }
}
