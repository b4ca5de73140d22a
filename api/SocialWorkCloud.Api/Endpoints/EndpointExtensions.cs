using Microsoft.AspNetCore.Mvc;

namespace SocialWorkCloud.Api.Endpoints;

public static class EndpointExtensions
{
    /// <summary>The error answers every authenticated endpoint may give, documented once.</summary>
    public static RouteGroupBuilder WithStandardProblems(this RouteGroupBuilder group) => group
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound);

    public static IEndpointRouteBuilder MapApiV1(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1");
        v1.MapAuthEndpoints();
        v1.MapProvinceEndpoints();
        v1.MapFacilityEndpoints();
        v1.MapKpiEndpoints();
        v1.MapUserEndpoints();
        v1.MapApiClientEndpoints();
        v1.MapFundraisingEndpoints();
        v1.MapReceptionEndpoints();
        v1.MapWorkforceEndpoints();
        v1.MapTrainingEndpoints();
        v1.MapOutreachEndpoints();
        v1.MapClientEndpoints();
        v1.MapCaseEndpoints();
        v1.MapReferralEndpoints();
        v1.MapCounsellingEndpoints();
        v1.MapTargetEndpoints();
        v1.MapReportEndpoints();
        v1.MapSupervisionEndpoints();
        v1.MapCommendationEndpoints();
        return app;
    }
}

