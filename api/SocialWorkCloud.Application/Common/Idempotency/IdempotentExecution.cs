using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Common.Idempotency;

/// <summary>
/// Runs a request under its key in one database transaction: the key's row is inserted first, the endpoint
/// runs (its command joins the transaction), the answer is stored in the row, then everything commits together.
/// A twin racing with the same key blocks on the unique (caller, key) index until the first commits, then
/// fails the insert and is answered from the stored row (or 409 if the row is not there to read). A request
/// that fails rolls back with its row: the key stays free for a retry, and only successes are replayed.
/// </summary>
public sealed class IdempotentExecution(AppDbContext db, ICurrentUser user, TimeProvider clock, TransactionalOutbox outbox, OutboxDispatcher dispatcher,
    IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
{
    public async ValueTask<object?> RunAsync(string key, string requestHash, EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        if (user.UserId is not { } caller) return await next(invocation);
        var http = invocation.HttpContext;
        var now = clock.GetUtcNow();

        var earlier = await FindAsync(caller, key, now, http.RequestAborted);
        if (earlier is not null) return Replay(earlier, requestHash, http);

        object? result;
        var reserved = false;
        try
        {
            var attempt = 0;
            result = await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                if (attempt++ > 0) db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                try
                {
                    // A key older than the lifetime is free again.
                    var expired = now - IdempotencyFilter.Lifetime;
                    await db.IdempotencyRecords.Where(r => r.CallerId == caller && r.Key == key && r.CreatedAt < expired).ExecuteDeleteAsync(ct);
                    var record = new IdempotencyRecord
                    {
                        Id = Guid.NewGuid(), CallerId = caller, Key = key, RequestHash = requestHash, FacilityId = user.FacilityId, ProvinceId = user.ProvinceId,
                        CreatedAt = now,
                    };
                    db.IdempotencyRecords.Add(record);
                    await db.SaveChangesAsync(ct); // waits here behind a twin holding the same key
                    reserved = true;

                    var answer = await next(invocation);
                    if (!TryCapture(answer, out var status, out var body, out var location))
                    {
                        await transaction.RollbackAsync(ct);
                        outbox.Discard();
                        return answer;
                    }
                    record.StatusCode = status;
                    record.ResponseBody = body;
                    record.Location = location;
                    await db.SaveChangesAsync(ct); // also saves what the command published to the outbox after its last save
                    await transaction.CommitAsync(ct);
                    return answer;
                }
                catch
                {
                    outbox.Discard();
                    throw;
                }
            }, http.RequestAborted);
        }
        catch (DbUpdateException) when (!reserved)
        {
            // The key's insert lost the race to a twin that committed: answer as it did.
            db.ChangeTracker.Clear();
            var twin = await FindAsync(caller, key, now, CancellationToken.None) ?? throw new ConflictException("idempotency-key-in-use");
            return Replay(twin, requestHash, http);
        }
        await dispatcher.DispatchPublishedAsync();
        return result;
    }

    private Task<IdempotencyRecord?> FindAsync(Guid caller, string key, DateTimeOffset now, CancellationToken ct)
    {
        var expired = now - IdempotencyFilter.Lifetime;
        return db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.CallerId == caller && r.Key == key && r.CreatedAt >= expired, ct);
    }

    private static IResult Replay(IdempotencyRecord earlier, string requestHash, HttpContext http)
    {
        if (!string.Equals(earlier.RequestHash, requestHash, StringComparison.Ordinal)) throw new BusinessRuleException("idempotency-key-body-mismatch");
        http.Response.Headers[IdempotencyFilter.ReplayedHeader] = "true";
        if (earlier.Location is { } location) http.Response.Headers.Location = location;
        return earlier.ResponseBody is null
            ? Results.StatusCode(earlier.StatusCode)
            : Results.Content(earlier.ResponseBody, "application/json", Encoding.UTF8, earlier.StatusCode);
    }

    /// <summary>A success (2xx) is stored: its status, its JSON body (serialised as the endpoint would), its Location.</summary>
    private bool TryCapture(object? answer, out int status, out string? body, out string? location)
    {
        status = answer is IStatusCodeHttpResult { StatusCode: { } code } ? code : StatusCodes.Status200OK;
        body = null;
        location = answer?.GetType().GetProperty("Location")?.GetValue(answer) as string;
        if (status is < 200 or >= 300) return false;
        var value = answer switch
        {
            IValueHttpResult v => v.Value,
            IResult => null,
            _ => answer,
        };
        if (value is not null) body = JsonSerializer.Serialize(value, value.GetType(), json.Value.SerializerOptions);
        return true;
    }
}
