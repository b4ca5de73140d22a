using SocialWorkCloud.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace SocialWorkCloud.IntegrationTests.Contract;

/// <summary>
/// The fuzz of the whole document (<see cref="OpenApiFuzz"/>, issue 19): no 5xx and no answer the document does not
/// describe, over every operation, as three roles. The summary line goes to the test output (test.sh prints it);
/// a failure lists each finding with its case, role and request, to replay with SWC_FUZZ_SEED (and SWC_FUZZ_ONLY).
/// </summary>
public abstract class OpenApiFuzzTests(ApiFactory factory, ITestOutputHelper output, string database)
{
    [Fact]
    public async Task Every_operation_fuzzed_from_the_document_as_three_roles_answers_below_500_as_documented()
    {
        var settings = FuzzSettings.FromEnvironment();
        var fuzz = await OpenApiFuzz.ArrangeAsync(factory, settings);
        var result = await fuzz.RunAsync();
        output.WriteLine(result.Summary(database));
        foreach (var finding in result.Findings.Take(60)) output.WriteLine(finding);
        if (settings.Only is null)
        {
            result.Operations.ShouldBe(result.DocumentedOperations);
            result.DocumentedOperations.ShouldBeGreaterThan(200);
            // A fuzz that never got past authorisation or validation would prove little.
            result.OperationsWith2xx.ShouldBeGreaterThan(result.Operations / 3, result.Summary(database));
        }
        result.Findings.ShouldBeEmpty(result.Summary(database) + Environment.NewLine + string.Join(Environment.NewLine, result.Findings.Take(40)));
    }
}

public sealed class OpenApiFuzzOnPostgres(SharedPostgres api, ITestOutputHelper output)
    : OpenApiFuzzTests(api.Factory, output, "PostgreSQL"), IClassFixture<SharedPostgres>;

public sealed class OpenApiFuzzOnSqlite(SharedSqlite api, ITestOutputHelper output)
    : OpenApiFuzzTests(api.Factory, output, "SQLite"), IClassFixture<SharedSqlite>;
