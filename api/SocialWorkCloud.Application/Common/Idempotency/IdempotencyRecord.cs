using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Application.Common.Idempotency;

/// <summary>
/// A POST answered under an <c>Idempotency-Key</c>: the same caller sending the same key and body within
/// <see cref="IdempotencyFilter.Lifetime"/> gets this stored answer instead of a second execution. The row is
/// written in the request's own transaction, so it exists exactly when the request's changes do; the unique
/// (caller, key) index makes a racing twin wait for it and then read it.
/// </summary>
[GlobalEntity("Keyed by the caller (a user or an API client, either bound to a facility or to a province): read and written only by the idempotency filter for that same caller.")]
public sealed class IdempotencyRecord
{
    public Guid Id { get; set; }

    /// <summary>The user or API client that sent the key; keys of different callers never meet.</summary>
    public Guid CallerId { get; set; }

    public required string Key { get; set; }

    /// <summary>SHA-256 (hex) of the method, path, query and bound body: the same key with another request is refused.</summary>
    public required string RequestHash { get; set; }

    /// <summary>The caller's tenant, for operators (the caller id is what scopes the row).</summary>
    public Guid? FacilityId { get; set; }
    public Guid? ProvinceId { get; set; }

    public int StatusCode { get; set; }

    /// <summary>The JSON body answered the first time (null: none).</summary>
    public string? ResponseBody { get; set; }

    public string? Location { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
