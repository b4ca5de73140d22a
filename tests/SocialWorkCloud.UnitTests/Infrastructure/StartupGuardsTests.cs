using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using SocialWorkCloud.Api.Infrastructure;
using SocialWorkCloud.Application.Identity;

namespace SocialWorkCloud.UnitTests.Infrastructure;

public class StartupGuardsTests
{
    private sealed class Env(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "test";
        public string ContentRootPath { get; set; } = "/";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Production_refuses_the_development_signing_key()
    {
        var ex = Should.Throw<InvalidOperationException>(() => StartupGuards.EnsureSafeForEnvironment(new Env("Production"), Config()));
        ex.Message.ShouldContain("SigningKey");
        Should.Throw<InvalidOperationException>(() => StartupGuards.EnsureSafeForEnvironment(new Env("Production"),
            Config(("Jwt:SigningKey", JwtOptions.DevelopmentSigningKey))));
    }

    [Fact]
    public void Production_refuses_demo_seeding()
    {
        var ex = Should.Throw<InvalidOperationException>(() => StartupGuards.EnsureSafeForEnvironment(new Env("Production"),
            Config(("Jwt:SigningKey", new string('k', 48)), ("Database:SeedDemoData", "true"))));
        ex.Message.ShouldContain("SeedDemoData");
    }

    private static readonly (string, string)[] Mail =
        [("Email:Smtp:Host", "smtp.example.vn"), ("Email:Smtp:Port", "587"), ("Email:From", "SWC <no-reply@example.vn>"), ("Email:PortalUrl", "https://swc.example.vn")];

    [Fact]
    public void Production_starts_with_its_own_key_mail_settings_and_no_seeding() =>
        Should.NotThrow(() => StartupGuards.EnsureSafeForEnvironment(new Env("Production"), Config([("Jwt:SigningKey", new string('k', 48)), .. Mail])));

    [Theory]
    [InlineData("Email:Smtp:Host", "Email__Smtp__Host")]
    [InlineData("Email:From", "Email__From")]
    [InlineData("Email:PortalUrl", "Email__PortalUrl")]
    public void Production_refuses_to_start_without_mail_settings(string missing, string named)
    {
        var ex = Should.Throw<InvalidOperationException>(() => StartupGuards.EnsureSafeForEnvironment(new Env("Production"),
            Config([("Jwt:SigningKey", new string('k', 48)), .. Mail.Where(m => m.Item1 != missing)])));
        ex.Message.ShouldContain(named);
    }

    [Fact]
    public void Development_may_use_the_defaults() =>
        Should.NotThrow(() => StartupGuards.EnsureSafeForEnvironment(new Env("Development"), Config(("Database:SeedDemoData", "true"))));
}
