using System.Reflection;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.UnitTests.Architecture;

public class RequestGuardTests
{
    private static readonly Assembly Application = typeof(AppDbContext).Assembly;

    private static IEnumerable<Type> Requests() => Application.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IMessage).IsAssignableFrom(t));

    [Fact]
    public void Every_request_declares_who_may_send_it()
    {
        var requests = Requests().ToList();
        requests.Count.ShouldBeGreaterThan(15);
        var undeclared = requests.Where(t =>
                t.GetCustomAttributes<RequiresPermissionAttribute>().Any() == false
                && t.GetCustomAttribute<AllowAnonymousRequestAttribute>() is null
                && t.GetCustomAttribute<AnyAuthenticatedCallerAttribute>() is null)
            .Select(t => t.FullName).ToList();
        undeclared.ShouldBeEmpty("Declare [RequiresPermission], [AllowAnonymousRequest] or [AnyAuthenticatedCaller] on: " + string.Join(", ", undeclared));
    }

    [Fact]
    public void Declared_permissions_exist()
    {
        var unknown = Requests().SelectMany(t => t.GetCustomAttributes<RequiresPermissionAttribute>())
            .Select(a => a.Permission).Where(p => !Permissions.All.Contains(p)).ToList();
        unknown.ShouldBeEmpty();
    }

    [Fact]
    public void Use_cases_live_one_per_file_under_features_and_are_named_verb_noun()
    {
        var misplaced = Requests().Where(t => t.Namespace?.StartsWith("SocialWorkCloud.Application.Features.", StringComparison.Ordinal) != true)
            .Select(t => t.FullName).ToList();
        misplaced.ShouldBeEmpty();
    }

    [Fact]
    public void The_application_does_not_depend_on_the_web_host()
    {
        Application.GetReferencedAssemblies().Select(a => a.Name).ShouldNotContain("SocialWorkCloud.Api");
        typeof(SocialWorkCloud.Domain.Facilities.Facility).Assembly.GetReferencedAssemblies().Select(a => a.Name)
            .ShouldAllBe(n => n!.StartsWith("System", StringComparison.Ordinal) || n == "netstandard" || n.StartsWith("Microsoft", StringComparison.Ordinal));
    }
}
