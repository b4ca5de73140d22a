using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Api.Infrastructure;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.UnitTests.Infrastructure;

public class ProblemDetailsMappingTests
{
    public static TheoryData<Exception, int> Cases => new()
    {
        { new ValidationException([new ValidationFailure("Name", "required")]), 400 },
        { new UnauthenticatedException("no"), 401 },
        { new ForbiddenException("no"), 403 },
        { new NotFoundException("Facility", Guid.Empty), 404 },
        { new ConflictException("dup"), 409 },
        { new DbUpdateConcurrencyException("stale"), 409 },
        { new BusinessRuleException("rule", "refused"), 422 },
        { new InvalidOperationException("secret internals"), 500 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_failure_maps_to_its_status(Exception exception, int status) =>
        ProblemDetailsExceptionHandler.Map(exception).Status.ShouldBe(status);

    public static TheoryData<Exception, string> Codes => new()
    {
        { new ValidationException([new ValidationFailure("Name", "required")]), "validation-failed" },
        { new UnauthenticatedException("authentication-required"), "authentication-required" },
        { new ForbiddenException("permission-required", "cases.work"), "permission-required" },
        { new NotFoundException("Facility", Guid.Empty), "not-found" },
        { new DbUpdateConcurrencyException("stale"), "stale-version" },
        { new DomainRuleException("some-rule"), "some-rule" },
        { new BusinessRuleException("another-rule"), "another-rule" },
        { new InvalidOperationException("secret internals"), "internal-error" },
    };

    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_failure_carries_a_stable_machine_code(Exception exception, string code) =>
        ProblemDetailsExceptionHandler.Map(exception).Extensions["code"].ShouldBe(code);

    [Fact]
    public void A_database_failure_other_than_a_unique_key_is_a_500_not_a_conflict() =>
        ProblemDetailsExceptionHandler.Map(new DbUpdateException("fk", new InvalidOperationException("FOREIGN KEY constraint failed"))).Status.ShouldBe(500);

    [Fact]
    public void A_domain_rule_refusal_is_a_422() =>
        ProblemDetailsExceptionHandler.Map(new DomainRuleException("some-rule")).Status.ShouldBe(422);

    [Fact]
    public void Validation_errors_use_the_json_field_names()
    {
        var problem = ProblemDetailsExceptionHandler.Map(new ValidationException([new ValidationFailure("InitialUnit.DecisionNumber", "required")]));
        ((ValidationProblemDetails)problem).Errors.Keys.ShouldBe(["initialUnit.decisionNumber"]);
    }

    [Fact]
    public void An_unexpected_failure_reveals_nothing_of_its_message() =>
        ProblemDetailsExceptionHandler.Map(new InvalidOperationException("secret internals")).Detail!.ShouldNotContain("secret");
}
