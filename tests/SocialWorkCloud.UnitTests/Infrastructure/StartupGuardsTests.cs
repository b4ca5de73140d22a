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

    [Theory]
    [InlineData("Staging")]
    [InlineData("Testing")]
    [InlineData("Prodution")]
    public void Every_environment_but_development_refuses_the_development_key_and_short_keys(string environment)
    {
        Should.Throw<InvalidOperationException>(() => StartupGuards.EnsureSafeForEnvironment(new Env(environment), Config()))
            .Message.ShouldContain("Jwt:SigningKey");
        Should.Throw<InvalidOperationException>(() => StartupGuards.EnsureSafeForEnvironment(new Env(environment),
            Config(("Jwt:SigningKey", JwtOptions.DevelopmentSigningKey))));
        // 31 bytes is 248 bits: refused; 32 bytes (Vietnamese letters count in UTF-8 bytes) is enough.
        Should.Throw<InvalidOperationException>(() => StartupGuards.EnsureSafeForEnvironment(new Env(environment),
            Config(("Jwt:SigningKey", new string('k', 31)))));
        Should.NotThrow(() => StartupGuards.EnsureSafeForEnvironment(new Env(environment), Config(("Jwt:SigningKey", new string('k', 32)))));
        // The previous key of a rotation obeys the same rule.
        Should.Throw<InvalidOperationException>(() => StartupGuards.EnsureSafeForEnvironment(new Env(environment),
            Config(("Jwt:SigningKey", new string('k', 32)), ("Jwt:PreviousSigningKey", JwtOptions.DevelopmentSigningKey))))
            .Message.ShouldContain("Jwt:PreviousSigningKey");
    }

    [Fact]
    public void Production_refuses_mfa_relaxed_for_platform_admins_and_province_officers_which_development_and_staging_may_relax()
    {
        var key = ("Jwt:SigningKey", new string('k', 48));
        Should.Throw<InvalidOperationException>(() => StartupGuards.EnsureSafeForEnvironment(new Env("Production"),
            Config(key, ("Mfa:RequireForPrivilegedRoles", "false")))).Message.ShouldContain("Mfa:RequireForPrivilegedRoles");
        Should.NotThrow(() => StartupGuards.EnsureSafeForEnvironment(new Env("Staging"), Config(key, ("Mfa:RequireForPrivilegedRoles", "false"))));
        Should.NotThrow(() => StartupGuards.EnsureSafeForEnvironment(new Env("Development"), Config(("Mfa:RequireForPrivilegedRoles", "false"))));
    }

    [Fact]
    public void Development_runs_on_the_development_key() =>
        Should.NotThrow(() => StartupGuards.EnsureSafeForEnvironment(new Env("Development"), Config()));

    [Fact]
    public void Key_ids_name_the_key_without_revealing_it()
    {
        var kid = JwtOptions.KeyIdOf(new string('k', 48));
        kid.Length.ShouldBe(16);
        kid.ShouldNotContain("kkkk");
        JwtOptions.KeyIdOf(new string('j', 48)).ShouldNotBe(kid);
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
    public void Production_refuses_the_test_hosts_lowered_password_work_factor()
    {
        Should.Throw<InvalidOperationException>(() => StartupGuards.EnsureSafeForEnvironment(new Env("Production"),
            Config([("Jwt:SigningKey", new string('k', 48)), ("Identity:PasswordHasher:IterationCount", "1000"), .. Mail])))
            .Message.ShouldContain("Identity:PasswordHasher:IterationCount");
        Should.NotThrow(() => StartupGuards.EnsureSafeForEnvironment(new Env("Production"),
            Config([("Jwt:SigningKey", new string('k', 48)), ("Identity:PasswordHasher:IterationCount", "210000"), .. Mail])));
        Should.NotThrow(() => StartupGuards.EnsureSafeForEnvironment(new Env("Staging"),
            Config(("Jwt:SigningKey", new string('k', 48)), ("Identity:PasswordHasher:IterationCount", "1000"))));
    }

    [Fact]
    public void Development_may_use_the_defaults() =>
        Should.NotThrow(() => StartupGuards.EnsureSafeForEnvironment(new Env("Development"), Config(("Database:SeedDemoData", "true"))));
}
