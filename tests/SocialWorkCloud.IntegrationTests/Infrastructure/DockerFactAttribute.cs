using System.Net.Sockets;

namespace SocialWorkCloud.IntegrationTests.Infrastructure;

/// <summary>
/// A fact that needs a Docker engine (Testcontainers). Where none answers, the test is reported as
/// skipped with the reason — it never passes without running.
/// </summary>
public sealed class DockerFactAttribute : FactAttribute
{
    public DockerFactAttribute()
    {
        if (!DockerEngine.Available) Skip = "No Docker engine answers on this machine (" + DockerEngine.Endpoint + "): the SQL Server tests run through Testcontainers where one exists.";
    }
}

internal static class DockerEngine
{
    public static string Endpoint => Environment.GetEnvironmentVariable("DOCKER_HOST") ?? "unix:///var/run/docker.sock";

    public static bool Available { get; } = Probe();

    private static bool Probe()
    {
        try
        {
            var endpoint = Endpoint;
            if (endpoint.StartsWith("unix://", StringComparison.Ordinal))
            {
                var path = endpoint["unix://".Length..];
                if (!File.Exists(path)) return false;
                using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                socket.Connect(new UnixDomainSocketEndPoint(path));
                return true;
            }
            var uri = new Uri(endpoint);
            using var client = new TcpClient();
            return client.ConnectAsync(uri.Host, uri.Port).Wait(TimeSpan.FromSeconds(2));
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
