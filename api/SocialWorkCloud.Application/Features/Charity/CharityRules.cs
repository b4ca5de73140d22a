using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Charity;
using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Charity;

internal static class CharityRules
{
    public static CharityActivityDto ToDto(this CharityActivity a) =>
        new(a.Id, a.Kind, a.Title, a.Date, a.Place, a.Partner, a.BeneficiaryCount, a.ValueVnd, a.Held, a.ScheduleId, a.DistributionId);

    public static IRuleBuilderOptions<T, int> MustBeABeneficiaryCount<T>(this IRuleBuilder<T, int> rule) => rule.InclusiveBetween(0, 1_000_000);


    /// <summary>
    /// The donation the activity gave out must be a distribution in this facility's ledger (the tenant
    /// filter hides every other facility's entries, so theirs are "not found" like anything else).
    /// </summary>
    public static async Task EnsureDistributionAsync(AppDbContext db, Guid? distributionId, CancellationToken cancellationToken)
    {
        if (distributionId is not { } id) return;
        var isDistribution = await db.LedgerEntries.AnyAsync(
            e => e.Id == id && (e.Kind == EntryKind.CashDistribution || e.Kind == EntryKind.GoodsDistribution), cancellationToken);
        if (!isDistribution) throw new NotFoundException("Distribution", id);
    }
}
