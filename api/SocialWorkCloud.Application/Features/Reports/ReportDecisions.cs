using FluentValidation;
using SocialWorkCloud.Application.Common.Validation;

namespace SocialWorkCloud.Application.Features.Reports;

/// <summary>The body of a workflow step: the version read, and a comment (required to return or reopen).</summary>
public interface IReportDecision
{
    Guid ReportId { get; }
    Guid Version { get; }
    string? Comment { get; }
}

public abstract class ReportDecisionValidator<T> : AbstractValidator<T> where T : IReportDecision
{
    protected ReportDecisionValidator(bool commentRequired)
    {
        RuleFor(x => x.Version).NotEmpty();
        RuleFor(x => x.Comment).MaximumLength(4_000);
        if (commentRequired)
            RuleFor(x => x.Comment).NotEmpty().WithText("report-comment-required");
    }
}
