namespace SocialWorkCloud.Domain.Common;

/// <summary>Money is whole VND in a <c>long</c>; one amount never exceeds 10^13 (ten thousand billion).</summary>
public static class Vnd
{
    public const long Max = 10_000_000_000_000;
}
