namespace SocialWorkCloud.Application.Common.Exceptions;

/// <summary>
/// A failure the caller can act on, named by a stable machine <see cref="Code"/> (the ProblemDetails'
/// <c>code</c>). Its text is looked up by the code in the resources (Texts.resx / Texts.en.resx of
/// the owning area) and formatted with <see cref="Args"/>.
/// </summary>
public abstract class CodedException(string code, IReadOnlyList<object?> args) : Exception(code)
{
    public string Code { get; } = code;
    public IReadOnlyList<object?> Args { get; } = args;
}

/// <summary>404: the record does not exist in the caller's scope (another tenant's records are "not found").</summary>
public sealed class NotFoundException(string what, object key)
    : CodedException("not-found", [what, key])
{
    public string What { get; } = what;
}

/// <summary>401: the caller is not (or no longer) authenticated.</summary>
public sealed class UnauthenticatedException(string code, params object?[] args) : CodedException(code, args);

/// <summary>403: authenticated, but not allowed.</summary>
public sealed class ForbiddenException(string code, params object?[] args) : CodedException(code, args);

/// <summary>409: a duplicate or a stale update. Extensions travel in the ProblemDetails (e.g. the likely duplicates).</summary>
public sealed class ConflictException : CodedException
{
    public ConflictException(string code, params object?[] args) : base(code, args) { }

    public ConflictException(string code, IReadOnlyDictionary<string, object?> extensions) : base(code, []) => Extensions = extensions;

    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = new Dictionary<string, object?>();
}

/// <summary>422: the request is well-formed but a business rule refuses it.</summary>
public sealed class BusinessRuleException(string code, params object?[] args) : CodedException(code, args)
{
    public string Rule => Code;
}
