namespace SocialWorkCloud.Domain.Common;

/// <summary>
/// Marks an entity as deliberately not tenant-owned. The reason is required so that a reviewer
/// sees why the tenant filter does not apply; reads must go through purpose-written scoped queries.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GlobalEntityAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
