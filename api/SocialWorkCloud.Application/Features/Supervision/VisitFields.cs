using FluentValidation;
using SocialWorkCloud.Application.Common.Validation;

namespace SocialWorkCloud.Application.Features.Supervision;

/// <summary>What planning a visit and recording it share: the date planned, the scope and the team.</summary>
public interface IVisitFields
{
    DateOnly PlannedOn { get; }
    string Scope { get; }
    IReadOnlyList<TeamMember> Team { get; }
}

internal static class VisitFieldRules
{
    public static void AddVisitRules<T>(this AbstractValidator<T> v) where T : IVisitFields
    {
        v.RuleFor(x => x.PlannedOn).MustBeAnActivityDate();
        v.RuleFor(x => x.Scope).NotEmpty().WithMessage("Hãy ghi nội dung giám sát. / Describe the scope of the visit.").MaximumLength(2000);
        v.RuleFor(x => x.Team).NotEmpty().WithMessage("Đoàn giám sát cần ít nhất một thành viên. / The team needs at least one member.")
            .Must(t => t is null || t.Count <= 20).WithMessage("Tối đa 20 thành viên. / At most 20 members.");
        v.RuleForEach(x => x.Team).ChildRules(m =>
        {
            m.RuleFor(x => x.Name).NotEmpty().WithMessage("Hãy nhập họ tên. / Enter the name.").MaximumLength(200);
            m.RuleFor(x => x.Title).MaximumLength(200);
        });
    }

    public static List<Domain.Supervision.SupervisionTeamMember> ToTeam(this IReadOnlyList<TeamMember> team) =>
        team.Select(m => new Domain.Supervision.SupervisionTeamMember(m.Name.Trim(), string.IsNullOrWhiteSpace(m.Title) ? null : m.Title.Trim())).ToList();
}
