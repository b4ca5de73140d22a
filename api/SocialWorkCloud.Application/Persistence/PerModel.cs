using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>
/// A compiled query (<c>EF.CompileAsyncQuery</c>) for each model it meets. EF binds a compiled query to the first model it
/// runs against and refuses any other, while one process may hold several (the integration tests run a PostgreSQL and a
/// SQLite API side by side): each model gets its own, compiled on its first use.
/// </summary>
public sealed class PerModel<TQuery> where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _queries = new();
    private readonly ConditionalWeakTable<IModel, TQuery>.CreateValueCallback _compile;

    public PerModel(Func<TQuery> compile) => _compile = _ => compile();

    /// <summary>The query compiled for this context's model.</summary>
    public TQuery For(DbContext db)
    {
        var model = db.Model;
        return _queries.TryGetValue(model, out var query) ? query : _queries.GetValue(model, _compile);
    }
}
