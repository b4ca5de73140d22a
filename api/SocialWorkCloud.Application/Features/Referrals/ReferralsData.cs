using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Referrals;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The Referrals area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<ReferralPackage> ReferralPackages => Set<ReferralPackage>();
}
