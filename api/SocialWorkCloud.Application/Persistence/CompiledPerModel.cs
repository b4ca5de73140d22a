using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>
/// An EF Core compiled query (issue 19: a hot read skips building and parameterising its expression tree per request),
/// one per model. EF binds a compiled query to the first model that runs it and refuses any other; a process may hold
/// several (the integration tests run SQLite and PostgreSQL hosts side by side), so each model gets its own, made on
/// first use.
/// </summary>
public sealed class CompiledPerModel<TQuery> where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = new();
    private readonly ConditionalWeakTable<IModel, TQuery>.CreateValueCallback _compile;

    /// <param name="compile">Makes the query: <c>() =&gt; EF.CompileAsyncQuery(…)</c>.</param>
    public CompiledPerModel(Func<TQuery> compile) => _compile = _ => compile();

    /// <summary>The query compiled for this context's model.</summary>
    public TQuery For(DbContext db)
    {
        var model = db.Model;
        return _byModel.TryGetValue(model, out var query) ? query : _byModel.GetValue(model, _compile);
    }
}
