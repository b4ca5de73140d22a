using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.UnitTests.Architecture;

namespace SocialWorkCloud.UnitTests.Persistence;

/// <summary>Fails when the model has changes that no migration of a provider covers: add one with scripts/add-migration.sh.</summary>
public class MigrationsCoverModelTests
{
    [Theory]
    [MemberData(nameof(TenancyGuardTests.Providers), MemberType = typeof(TenancyGuardTests))]
    public void The_model_has_no_changes_without_a_migration(DatabaseProvider provider)
    {
        using var db = TenancyGuardTests.Context(provider);
        db.Database.GetMigrations().ShouldNotBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse($"the {provider} migrations do not cover the model: run scripts/add-migration.sh <Name>");
    }
}
