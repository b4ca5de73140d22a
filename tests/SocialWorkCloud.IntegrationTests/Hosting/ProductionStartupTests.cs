using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SocialWorkCloud.IntegrationTests.Hosting;

/// <summary>The real Program in the Production environment refuses to start on development defaults.</summary>
public sealed class ProductionStartupTests
{
    [Fact]
    public void Production_refuses_to_start_with_the_development_signing_key()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var ex = Should.Throw<InvalidOperationException>(() => factory.CreateClient());
        ex.Message.ShouldContain("Jwt:SigningKey");
    }

    [Fact]
    public void Staging_refuses_to_start_with_the_development_signing_key()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseEnvironment("Staging").UseSetting("Jwt:SigningKey", SocialWorkCloud.Application.Identity.JwtOptions.DevelopmentSigningKey));
        var ex = Should.Throw<InvalidOperationException>(() => factory.CreateClient());
        ex.Message.ShouldContain("Jwt:SigningKey");
    }

    [Fact]
    public void Production_refuses_to_start_with_demo_seeding()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseEnvironment("Production")
            .UseSetting("Jwt:SigningKey", new string('p', 64))
            .UseSetting("Database:SeedDemoData", "true"));
        var ex = Should.Throw<InvalidOperationException>(() => factory.CreateClient());
        ex.Message.ShouldContain("SeedDemoData");
    }
}
