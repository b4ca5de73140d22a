using FluentValidation;
using Mediator;

namespace SocialWorkCloud.Application.Common.Behaviours;

/// <summary>Runs every validator of the request; any failure becomes a 400 with the field errors.</summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        // Most queries have no validator: straight on, without a state machine and a failure list (issue 19).
        validators is IValidator<TMessage>[] { Length: 0 } ? next(message, cancellationToken) : ValidateThenHandle(message, next, cancellationToken);

    private async ValueTask<TResponse> ValidateThenHandle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TMessage>(message), cancellationToken);
            failures.AddRange(result.Errors);
        }
        if (failures.Count > 0) throw new ValidationException(failures);
        return await next(message, cancellationToken);
    }
}
