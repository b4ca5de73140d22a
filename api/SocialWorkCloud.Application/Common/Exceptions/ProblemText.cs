using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Common.Exceptions;

public static class ProblemText
{
    /// <summary>
    /// The caller's text for a coded failure. A code with no text is a message written before codes existed
    /// ("vi / en"), kept readable until every call site has a code of its own.
    /// </summary>
    public static string For(CodedException exception) => exception switch
    {
        _ when TextCatalog.Has(exception.Code) => TextCatalog.Get(exception.Code, [.. exception.Args]),
        BusinessRuleException { Args: [string legacy] } => legacy,
        _ => exception.Code,
    };

    /// <summary>The machine code: the exception's own, or the generic one of its kind while it still carries a legacy message.</summary>
    public static string CodeOf(CodedException exception, string generic) =>
        TextCatalog.Has(exception.Code) || exception is BusinessRuleException ? exception.Code : generic;
}
