using System.Runtime.CompilerServices;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SocialWorkCloud.Application.Common.Endpoints;

/// <summary>
/// The endpoint's usual answer: send the message, then 200 with what it returns (issue 19). Written once with a pooled
/// state machine instead of an <c>async Task&lt;Ok&lt;T&gt;&gt;</c> in every endpoint: the handler nearly always awaits the
/// database, so each endpoint's state machine left the stack on every request (a box of some 200 bytes). The pool hands
/// the box of a finished request to the next; the endpoint's ValueTask is awaited once, by ASP.NET Core, as every ValueTask
/// must be. The same answer and the same OpenAPI document as before (Ok&lt;T&gt; describes the 200 either way).
/// </summary>
public static class MediatorResults
{
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public static async ValueTask<Ok<T>> SendOk<T>(this IMediator mediator, IQuery<T> query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public static async ValueTask<Ok<T>> SendOk<T>(this IMediator mediator, ICommand<T> command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command, cancellationToken));
}
