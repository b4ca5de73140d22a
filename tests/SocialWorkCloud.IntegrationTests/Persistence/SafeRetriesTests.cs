using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Persistence;

/// <summary>
/// The API's execution strategy on PostgreSQL (SafeRetries.Npgsql) runs its own retry loop and tells EF it does not retry, so that
/// EF does not buffer every reader (issue 19): what it retries, what it does not, and EF's guard against an outside transaction.
/// </summary>
public sealed class SafeRetriesOnPostgres(SharedPostgres api) : IClassFixture<SharedPostgres>
{
    private static PostgresException Failure(string sqlState) => new("test failure", "ERROR", "ERROR", sqlState);

    [Fact]
    public async Task A_serialisation_failure_is_retried_and_the_strategy_does_not_stay_current()
    {
        await using var scope = api.Factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var attempts = 0;

        var count = await db.Database.CreateExecutionStrategy().ExecuteAsync(0, async (context, _, ct) =>
        {
            if (++attempts == 1) throw Failure(PostgresErrorCodes.SerializationFailure);
            return await ((AppDbContext)context).Provinces.CountAsync(ct);
        }, null, CancellationToken.None);

        attempts.ShouldBe(2);
        count.ShouldBeGreaterThan(0);
        ExecutionStrategy.Current.ShouldBeNull("the strategy marks itself current only inside the operation");
        (await db.Provinces.CountAsync()).ShouldBe(count, "a query after it runs under the strategy again");
    }

    [Fact]
    public async Task A_failure_that_may_have_taken_effect_is_not_retried()
    {
        await using var scope = api.Factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var attempts = 0;

        await Should.ThrowAsync<PostgresException>(() => db.Database.CreateExecutionStrategy().ExecuteAsync(0, (_, _, _) =>
        {
            attempts++;
            return Task.FromException<int>(Failure(PostgresErrorCodes.UniqueViolation));
        }, null, CancellationToken.None));
        attempts.ShouldBe(1);
    }

    [Fact]
    public async Task A_transaction_begun_outside_the_strategy_is_refused()
    {
        await using var scope = api.Factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.CreateExecutionStrategy().RetriesOnFailure.ShouldBeFalse("EF then reads rows as they come instead of buffering them");

        await using var transaction = await db.Database.BeginTransactionAsync();
        await Should.ThrowAsync<InvalidOperationException>(() => db.Provinces.CountAsync());
    }
}
