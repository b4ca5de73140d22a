using System.Collections.Frozen;
using FluentValidation;
using SocialWorkCloud.Application.Common.Validation;

namespace SocialWorkCloud.Application.Identity;

/// <summary>
/// Password rules after NIST SP 800-63B: length over composition (8 to 128 characters, any characters, no
/// "one upper, one digit"), and none of the most common passwords. CommonPasswords.txt holds 10,000 of them
/// (lower case, 8+ characters): the most frequent entries of the SecLists "10 million passwords" top list
/// (MIT), with Vietnamese favourites added (matkhau123, anhyeuem…). Compared case-insensitively.
/// </summary>
public static class PasswordRules
{
    public const int MinLength = 8;
    public const int MaxLength = 128;

    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim().ToLowerInvariant());

    /// <summary>The rules as one FluentValidation chain, each refusal with its code.</summary>
    public static IRuleBuilderOptions<T, string> ValidPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty()
            .MinimumLength(MinLength)
            .MaximumLength(MaxLength)
            .Must(p => p is null || !IsCommon(p)).WithText("password-too-common");

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(PasswordRules).Assembly.GetManifestResourceStream("SocialWorkCloud.Application.Identity.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) set.Add(line);
        }
        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
