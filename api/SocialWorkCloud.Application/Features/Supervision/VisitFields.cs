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
        v.RuleFor(x => x.Scope).NotEmpty().WithText("visit-scope-required").MaximumLength(2000);
        v.RuleFor(x => x.Team).NotEmpty().WithText("visit-team-required")
            .ItemCount(0, 20).WithText("visit-team-size");
        v.RuleForEach(x => x.Team).NotNull().ChildRules(m =>
        {
            m.RuleFor(x => x.Name).NotEmpty().WithText("team-member-name-required").MaximumLength(200);
            m.RuleFor(x => x.Title).MaximumLength(200);
        });
    }

    public static List<Domain.Supervision.SupervisionTeamMember> ToTeam(this IReadOnlyList<TeamMember> team) =>
        team.Select(m => new Domain.Supervision.SupervisionTeamMember(m.Name.Trim(), string.IsNullOrWhiteSpace(m.Title) ? null : m.Title.Trim())).ToList();
}
