using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Api.Infrastructure;
using SocialWorkCloud.Application.Common.Behaviours;
using SocialWorkCloud.Application.Features.Auth;
using SocialWorkCloud.Application.Features.Cases;
using SocialWorkCloud.Application.Features.Kpis;
using SocialWorkCloud.Application.Features.Reception;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Hosting;

/// <summary>
/// A request type's pipeline has only the behaviours with something to do for it (issue 19: IdleBehaviours), in the
/// configured order; those left in still refuse and count through the real pipeline.
/// </summary>
public abstract class MediatorPipelineTests(ApiFactory factory)
{
    private static Type[] Pipeline<TMessage, TResponse>(IServiceProvider services) where TMessage : IMessage =>
        [.. services.GetServices<IPipelineBehavior<TMessage, TResponse>>().Select(b => b.GetType().GetGenericTypeDefinition())];

    [Fact]
    public async Task Each_request_type_has_the_behaviours_with_something_to_do_for_it_in_order()
    {
        await using var scope = factory.CreateScope();
        var services = scope.ServiceProvider;
        // A validated query: no transaction (a query), no business counter.
        Pipeline<GetFacilityKpis, FacilityKpis>(services)
            .ShouldBe([typeof(LoggingBehaviour<,>), typeof(AuthorizationBehaviour<,>), typeof(ValidationBehaviour<,>)]);
        // A query without a validator: logged and authorised only.
        Pipeline<GetWorkLists, WorkLists>(services).ShouldBe([typeof(LoggingBehaviour<,>), typeof(AuthorizationBehaviour<,>)]);
        // A counted, validated command: every behaviour.
        Pipeline<RecordTallies, TallyBatchResult>(services).ShouldBe([typeof(LoggingBehaviour<,>), typeof(BusinessMetricsBehaviour<,>),
            typeof(AuthorizationBehaviour<,>), typeof(ValidationBehaviour<,>), typeof(TransactionBehaviour<,>)]);
        Pipeline<SocialWorkCloud.Application.Features.Auth.Login, AuthOutcome>(services).ShouldContain(typeof(BusinessMetricsBehaviour<,>));
    }

    [Fact]
    public async Task A_validated_request_is_still_refused_and_a_counted_one_still_counted()
    {
        var f = await factory.World.NewActivityFacilityAsync();
        var refused = await (await f.Admin.GetAsync($"/api/v1/facilities/{f.Id}/kpis?asOf=1999-12-31")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        refused.GetProperty("errors").TryGetProperty("asOf", out _).ShouldBeTrue(refused.ToString());
        (await f.Admin.GetAsync($"/api/v1/facilities/{f.Id}/kpis?asOf=2025-06-30")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var counted = new ConcurrentBag<long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == Telemetry.Name && instrument.Name == "swc.tallies") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => counted.Add(value));
        listener.Start();
        var point = (await (await f.Admin.PostJsonAsync("/api/v1/reception/points", new { name = "Quầy đếm" })).ReadAsync<JsonElement>(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        // 13 entries: a batch size no other test sends, as the counter is the process's.
        var entries = Enumerable.Range(0, 13).Select(_ => new { id = Guid.NewGuid(), pointId = point, kind = "Guidance", occurredAt = "2025-06-02T09:00:00+07:00" });
        (await (await f.Admin.PostJsonAsync("/api/v1/reception/tallies", new { entries })).ReadAsync<JsonElement>()).GetProperty("accepted").GetInt32().ShouldBe(13);
        counted.ShouldContain(13);
    }
}

public sealed class MediatorPipelineOnPostgres(SharedPostgres api) : MediatorPipelineTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class MediatorPipelineOnSqlite(SharedSqlite api) : MediatorPipelineTests(api.Factory), IClassFixture<SharedSqlite>;
