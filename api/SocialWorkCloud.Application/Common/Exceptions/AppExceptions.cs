namespace SocialWorkCloud.Application.Common.Exceptions;

/// <summary>404: the record does not exist in the caller's scope (another tenant's records are "not found").</summary>
public sealed class NotFoundException(string what, object key)
    : Exception($"{what} '{key}' was not found.")
{
    public string What { get; } = what;
}

/// <summary>401: the caller is not (or no longer) authenticated.</summary>
public sealed class UnauthenticatedException(string message, string? errorCode = null) : Exception(message)
{
    public string? ErrorCode { get; } = errorCode;
}

/// <summary>403: authenticated, but not allowed.</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>409: a duplicate or a stale update. Extensions travel in the ProblemDetails (e.g. the likely duplicates).</summary>
public sealed class ConflictException(string message, IReadOnlyDictionary<string, object?>? extensions = null) : Exception(message)
{
    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();
}

/// <summary>422: the request is well-formed but a business rule refuses it.</summary>
public sealed class BusinessRuleException(string rule, string message) : Exception(message)
{
    public string Rule { get; } = rule;
}
