using FluentValidation;
using Mediator;

namespace SocialWorkCloud.Application.Common.Behaviours;

/// <summary>Runs every validator of the request; any failure becomes a 400 with the field errors.</summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    /// <summary>The validator types with asynchronous rules: validated with ValidateAsync; every other one synchronously.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, bool> Asynchronous = new();

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (validators is not IValidator<TMessage>[] array) return ValidateThenHandle(message, next, cancellationToken);
        // Most queries have no validator: straight on, without a state machine and a failure list (issue 19).
        if (array.Length == 0) return next(message, cancellationToken);
        if (array.Length > 1) return ValidateThenHandle(message, next, cancellationToken);
        // One validator (the usual case) whose rules are all synchronous finishes at once: its result is the answer, without
        // a state machine and a failure list of this behaviour's own, nor FluentValidation's task (issue 19).
        var validator = array[0];
        if (!Asynchronous.ContainsKey(validator.GetType()))
        {
            FluentValidation.Results.ValidationResult? checkedNow = null;
            var context = new ValidationContext<TMessage>(message);
            try
            {
                checkedNow = validator.Validate(context);
            }
            catch (AsyncValidatorInvokedSynchronouslyException)
            {
                // Learned once per validator type: it has asynchronous rules (they read the database), so it is run as such.
                Asynchronous.TryAdd(validator.GetType(), true);
            }
            if (checkedNow is not null)
            {
                if (!checkedNow.IsValid) throw new ValidationException(checkedNow.Errors);
                MessageFormatters.Return(context.MessageFormatter);
                return next(message, cancellationToken);
            }
        }
        var validating = validator.ValidateAsync(new ValidationContext<TMessage>(message), cancellationToken);
        if (!validating.IsCompletedSuccessfully) return HandleAfter(validating, message, next, cancellationToken);
        var result = validating.Result;
        return result.IsValid ? next(message, cancellationToken) : throw new ValidationException(result.Errors);
    }

    private static async ValueTask<TResponse> HandleAfter(Task<FluentValidation.Results.ValidationResult> validating, TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var result = await validating;
        if (!result.IsValid) throw new ValidationException(result.Errors);
        return await next(message, cancellationToken);
    }

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
