using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>
/// A compiled query that states <see cref="CaseAccess.VisibleTo"/> with the caller's permissions as its <c>supervise</c> and
/// <c>readFacility</c> parameters, compiled once per permission set (and per model, <see cref="CompiledPerModel{TQuery}"/>) with
/// the two bound as constants (issue 19): the rule folds to what the caller's role needs — nothing at all for a unit head — so a
/// statement sends neither those parameters nor the predicates they would have switched off (shorter text, fewer parameters, on
/// every request). A variant is compiled without the two parameters (<typeparamref name="TBound"/>: the query's signature less
/// them), so EF neither boxes them nor carries them in each execution's parameter dictionaries; they only choose the variant.
/// </summary>
public sealed class CompiledPerVisibility<TLambda, TBound, TQuery> where TLambda : Delegate where TBound : Delegate where TQuery : class
{
    private readonly CompiledPerModel<TQuery>[] _variants;

    public CompiledPerVisibility(Expression<TLambda> query, Func<Expression<TBound>, TQuery> compile)
    {
        Parameter(query, "supervise");
        Parameter(query, "readFacility");
        _variants = [Variant(true, false), Variant(false, true), Variant(false, false)];

        CompiledPerModel<TQuery> Variant(bool supervise, bool readFacility) => new(() => compile(Bind(query, supervise, readFacility)));
    }

    /// <summary>
    /// The query with <c>supervise</c> and <c>readFacility</c> bound to these values, what they decide folded away, and the two
    /// left out of its parameters.
    /// </summary>
    internal static Expression<TBound> Bind(Expression<TLambda> query, bool supervise, bool readFacility)
    {
        var (superviseParameter, readFacilityParameter) = (Parameter(query, "supervise"), Parameter(query, "readFacility"));
        return Expression.Lambda<TBound>(new Binder(superviseParameter, supervise, readFacilityParameter, readFacility).Visit(query.Body),
            query.Parameters.Where(p => p != superviseParameter && p != readFacilityParameter));
    }

    /// <summary>The query for a caller with these permissions, compiled for this context's model.</summary>
    public TQuery For(DbContext db, bool supervise, bool readFacility) => _variants[supervise ? 0 : readFacility ? 1 : 2].For(db);

    private static ParameterExpression Parameter(LambdaExpression query, string name) =>
        query.Parameters.SingleOrDefault(p => p.Name == name && p.Type == typeof(bool))
        ?? throw new ArgumentException($"The query has no bool parameter named {name}.", nameof(query));

    /// <summary>Puts the two values in place of their parameters and folds the <c>&amp;&amp;</c>, <c>||</c> and <c>!</c> they decide.</summary>
    private sealed class Binder(ParameterExpression supervise, bool superviseValue, ParameterExpression readFacility, bool readFacilityValue)
        : ExpressionVisitor
    {
        private static readonly ConstantExpression True = Expression.Constant(true);
        private static readonly ConstantExpression False = Expression.Constant(false);

        protected override Expression VisitParameter(ParameterExpression node) =>
            node == supervise ? Constant(superviseValue) : node == readFacility ? Constant(readFacilityValue) : node;

        protected override Expression VisitUnary(UnaryExpression node)
        {
            var visited = base.VisitUnary(node);
            return visited is UnaryExpression { NodeType: ExpressionType.Not, Operand: ConstantExpression { Value: bool value } } && visited.Type == typeof(bool)
                ? Constant(!value)
                : visited;
        }

        protected override Expression VisitBinary(BinaryExpression node)
        {
            var visited = base.VisitBinary(node);
            if (visited is not BinaryExpression b || b.Type != typeof(bool)) return visited;
            return b.NodeType switch
            {
                ExpressionType.OrElse when Is(b.Left, true) || Is(b.Right, true) => True,
                ExpressionType.OrElse when Is(b.Left, false) => b.Right,
                ExpressionType.OrElse when Is(b.Right, false) => b.Left,
                ExpressionType.AndAlso when Is(b.Left, false) || Is(b.Right, false) => False,
                ExpressionType.AndAlso when Is(b.Left, true) => b.Right,
                ExpressionType.AndAlso when Is(b.Right, true) => b.Left,
                _ => b,
            };
        }

        private static ConstantExpression Constant(bool value) => value ? True : False;

        private static bool Is(Expression e, bool value) => e is ConstantExpression { Value: bool b } && b == value;
    }
}
