namespace SocialWorkCloud.Domain.Common;

/// <summary>The VND limit under its first name; the rules for money live in <see cref="MoneyRules"/>.</summary>
public static class Vnd
{
    public const long Max = MoneyRules.MaxVnd;
}
