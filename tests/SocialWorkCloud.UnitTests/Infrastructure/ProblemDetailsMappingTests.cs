using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Api.Infrastructure;
using SocialWorkCloud.Application.Common.Exceptions;

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
