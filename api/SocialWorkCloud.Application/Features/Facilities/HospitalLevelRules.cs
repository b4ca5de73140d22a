using FluentValidation;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Domain.Facilities;

namespace SocialWorkCloud.Application.Features.Facilities;

internal static class HospitalLevelRules
{
    /// <summary>
    /// A level only on a hospital (a preventive centre or a station has none), and a private hospital's level is
    /// "private": a public hospital recorded as private would leave the provincial/district share silently.
    /// </summary>
    public static IRuleBuilderOptions<T, HospitalLevel?> HospitalLevelFits<T>(this IRuleBuilder<T, HospitalLevel?> rule, Func<T, FacilityType> type) =>
        rule.IsInEnum()
            .Must((x, level) => level is null || type(x).IsHospital()).WithText("hospital-level-not-hospital")
            .Must((x, level) => level is null || (type(x) == FacilityType.PrivateHospital) == (level == HospitalLevel.Private))
            .WithText("hospital-level-ownership");
}
