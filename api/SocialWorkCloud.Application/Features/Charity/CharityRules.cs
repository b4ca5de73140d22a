using FluentValidation;
using SocialWorkCloud.Domain.Charity;

namespace SocialWorkCloud.Application.Features.Charity;

internal static class CharityRules
{
    /// <summary>Whole VND: no more than 10^13 (ten thousand billion) for one activity.</summary>
    public const long MaxValueVnd = 10_000_000_000_000;

    public static CharityActivityDto ToDto(this CharityActivity a) =>
        new(a.Id, a.Kind, a.Title, a.Date, a.Place, a.Partner, a.BeneficiaryCount, a.ValueVnd, a.Held, a.ScheduleId, a.DistributionId);

    public static IRuleBuilderOptions<T, int> MustBeABeneficiaryCount<T>(this IRuleBuilder<T, int> rule) => rule.InclusiveBetween(0, 1_000_000);

    public static IRuleBuilderOptions<T, long> MustBeAValueVnd<T>(this IRuleBuilder<T, long> rule) =>
        rule.InclusiveBetween(0, MaxValueVnd).WithMessage("Giá trị từ 0 đến 10.000 tỷ đồng. / The value must be between 0 and 10^13 VND.");
}
