namespace SocialWorkCloud.Domain.Common;

/// <summary>
/// An aggregate refused a transition (422). <see cref="Code"/> is the stable machine code integrators
/// see in the ProblemDetails; the text is looked up by that code in the resources, formatted with
/// <see cref="Args"/> — the domain carries no sentence of its own.
/// </summary>
public sealed class DomainRuleException(string code, params object?[] args) : Exception(code)
{
    public string Code { get; } = code;
    public IReadOnlyList<object?> Args { get; } = args;
}
