using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>
/// The Data Protection key ring (it signs and encrypts invitation and reset links) lives in the database,
/// so a link written by one replica is read by any other, and survives a restart.
/// </summary>
public partial class AppDbContext : IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Library entity types that cannot carry <see cref="Domain.Common.GlobalEntityAttribute"/>, with the reason
    /// each is global (the tenancy guard reads this list).
    /// </summary>
    public static IReadOnlyDictionary<Type, string> GlobalLibraryEntities { get; } = new Dictionary<Type, string>
    {
        [typeof(DataProtectionKey)] = "The application's key ring: one for every tenant, read by Data Protection before any caller is known.",
    };
}
