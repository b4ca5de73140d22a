using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialWorkCloud.Application.Common.Endpoints;
using SocialWorkCloud.Application.Features.Consents;

namespace SocialWorkCloud.Application.Features.PersonalData;

public sealed class PersonalDataEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var clients = v1.MapGroup("/clients/{clientId:guid}").WithTags("PersonalData").RequireAuthorization().WithStandardProblems();
        clients.MapPost("/consents/{consentId:guid}/legal-ground", RecordLegalGround).WithName(nameof(RecordLegalGround))
            .WithSummary("The unit head records the legal ground for processing on after this consent was withdrawn (audited)")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    public static async Task<Ok<ConsentDto>> RecordLegalGround(Guid clientId, Guid consentId, RecordLegalGround request, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(request with { ClientId = clientId, ConsentId = consentId }, ct));
}
