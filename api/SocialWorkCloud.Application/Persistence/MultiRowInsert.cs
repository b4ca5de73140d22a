using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>
/// New append-only rows written as multi-row <c>INSERT … VALUES (…), (…)</c> statements in the current transaction,
/// without the change tracker: EF sends one <c>INSERT … RETURNING</c> per row, which for a tally batch was ten
/// statements for ten taps (issue 19). Columns, names and parameter formats come from the EF model, so each
/// provider stores what EF itself would; store-generated keys are left to the database (nothing reads them back).
/// A Guid key is the caller's to set (EF would generate it on the client too). Each row passes the save interceptor's tenant
/// rules first (<see cref="TenantSaveInterceptor"/>: the tenant stamped, another's refused, a new version). A unique violation surfaces as a
/// <see cref="DbUpdateException"/>, as from SaveChanges, so it answers 409 like any other. On PostgreSQL several rows go as one
/// <c>INSERT … SELECT * FROM unnest(@a::type[], …)</c>, a parameter per column holding that column's values as an array: a
/// parameter object per value (110 for a batch of ten tallies) was most of a batch's allocations (issue 19).
/// </summary>
public static class MultiRowInsert
{
    /// <summary>Parameters per statement: under SQL Server's 2,100 (SQLite and PostgreSQL take more).</summary>
    private const int MaxParameters = 2000;

    /// <summary>SQL Server's most rows in one VALUES list.</summary>
    private const int MaxRows = 1000;

    /// <summary>
    /// What the model says of a row type — the columns, their mappings and getters, the parameter names and the statement
    /// text for each row count — worked out once per model and type, not per batch (issue 19: a tally batch on every tap).
    /// Keyed by the model, as each provider (the tests run two side by side) has its own.
    /// </summary>
    private static readonly ConditionalWeakTable<IModel, ConcurrentDictionary<Type, Plan>> Plans = new();

    private static int _plans;

    private sealed class Plan
    {
        /// <summary>Starts this type's parameter names, so two types' statements can share one command.</summary>
        public required string Prefix { get; init; }
        public required IProperty[] Columns { get; init; }
        public required RelationalTypeMapping[] Mappings { get; init; }
        public required IClrPropertyGetter[] Getters { get; init; }
        public required string Head { get; init; }
        public required ISqlGenerationHelper Sql { get; init; }
        public required int RowsPerStatement { get; init; }

        /// <summary>PostgreSQL: several rows as one array per column (<see cref="ArrayText"/>), not a parameter per value.</summary>
        public required bool Unnest { get; init; }

        /// <summary>Each column's array element type (the provider's type after the mapping's converter; nullable if the column is).</summary>
        public required Type[] ElementTypes { get; init; }

        /// <summary>Each column's array parameter in <see cref="ArrayText"/>.</summary>
        public required string[] ArrayNames { get; init; }

        /// <summary><c>INSERT … SELECT * FROM unnest(…)</c> with each column's array cast to its store type.</summary>
        public required string ArrayText { get; init; }

        private readonly ConcurrentDictionary<int, string> _texts = new();
        private readonly ConcurrentDictionary<(Plan Children, int Count), string> _withChildren = new();

        /// <summary>Whether this many rows go as arrays (<see cref="ArrayText"/>) rather than a VALUES list.</summary>
        public bool AsArrays(int rows) => Unnest && rows > 1;

        /// <summary>The statement inserting this many rows (at most <see cref="RowsPerStatement"/>).</summary>
        public string Statement(int rows) => AsArrays(rows) ? ArrayText : Text(rows);

        /// <summary>This type's one row and <paramref name="count"/> rows of the child type, the two statements of one command.</summary>
        public string TextWithChildren(Plan children, int count) => _withChildren.GetOrAdd((children, count), key =>
            key.Count == 0 ? Text(1) : Text(1) + ";\n" + key.Children.Statement(key.Count));
        private string[]? _names;

        /// <summary>The parameter name of a row's column (p{row}_{column}), the same in every statement of the type.</summary>
        public string Name(int row, int column) =>
            (_names ??= Enumerable.Range(0, ValuesRows * Columns.Length).Select(i => $"{Prefix}{i / Columns.Length}_{i % Columns.Length}").ToArray())
            [row * Columns.Length + column];

        /// <summary>The most rows a VALUES list of this type holds: one where several go as arrays.</summary>
        private int ValuesRows => Unnest ? 1 : RowsPerStatement;

        public string Text(int rows) => _texts.GetOrAdd(rows, n =>
        {
            var text = new StringBuilder(Head);
            for (var r = 0; r < n; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < Columns.Length; c++)
                {
                    text.Append(c == 0 ? string.Empty : ", ").Append(Sql.GenerateParameterNamePlaceholder(Name(r, c)));
                }
                text.Append(')');
            }
            return text.ToString();
        });
    }

    private static Plan PlanFor<T>(AppDbContext db)
    {
        var plans = Plans.GetValue(db.Model, _ => new ConcurrentDictionary<Type, Plan>());
        if (plans.TryGetValue(typeof(T), out var plan)) return plan;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        // Left to the database: identity keys. A Guid key is generated on the client by EF, so here by the caller.
        var columns = entity.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAdd || p.ClrType == typeof(Guid)).ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();
        var prefix = $"p{Interlocked.Increment(ref _plans)}_";
        var mappings = columns.Select(p => p.GetRelationalTypeMapping()).ToArray();
        var into = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))})";
        var unnest = db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";
        var arrayNames = columns.Select((_, c) => $"{prefix}a{c}").ToArray();
        return plans.GetOrAdd(typeof(T), new Plan
        {
            Prefix = prefix,
            Columns = columns,
            Mappings = mappings,
            Getters = columns.Select(p => p.GetGetter()).ToArray(),
            Head = into + " VALUES ",
            Sql = sql,
            // With arrays a statement has a parameter per column, whatever its rows; SQL Server's limits bound the VALUES lists.
            RowsPerStatement = unnest ? MaxRows : Math.Clamp(MaxParameters / columns.Length, 1, MaxRows),
            Unnest = unnest,
            ElementTypes = columns.Select((p, c) =>
            {
                var type = mappings[c].Converter?.ProviderClrType ?? mappings[c].ClrType;
                type = Nullable.GetUnderlyingType(type) ?? type;
                return p.IsNullable && type.IsValueType ? typeof(Nullable<>).MakeGenericType(type) : type;
            }).ToArray(),
            ArrayNames = arrayNames,
            ArrayText = $"{into} SELECT * FROM unnest({string.Join(", ", mappings.Select((m, c) => $"{sql.GenerateParameterNamePlaceholder(arrayNames[c])}::{m.StoreType}[]"))})",
        });
    }

    /// <summary>
    /// A new row and its new child rows (a client and its search keys) in one round trip: the two statements in one command. Up to a
    /// statement's worth of children; more go through <see cref="InsertAsync{T}(AppDbContext, IReadOnlyList{T}, CancellationToken)"/>.
    /// </summary>
    public static async Task InsertAsync<TParent, TChild>(AppDbContext db, TParent parent, IReadOnlyList<TChild> children, CancellationToken ct)
        where TParent : class where TChild : class
    {
        var parentPlan = PlanFor<TParent>(db);
        var childPlan = PlanFor<TChild>(db);
        if (children.Count > childPlan.RowsPerStatement)
        {
            await InsertAsync(db, [parent], ct);
            await InsertAsync(db, children, ct);
            return;
        }
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            AddParameters(db, command, parentPlan, [parent]);
            command.CommandText = parentPlan.TextWithChildren(childPlan, children.Count);
            AddParameters(db, command, childPlan, children);
            try
            {
                await command.ExecuteNonQueryAsync(ct);
            }
            catch (DbException e)
            {
                throw new DbUpdateException($"Inserting a {typeof(TParent).Name} and {children.Count} {typeof(TChild).Name} rows failed.", e);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Every row's column values as parameters; CreateParameter applies the mapping's converter (enums, SQLite's DateTimeOffset), as SaveChanges does.</summary>
    private static void AddParameters<T>(AppDbContext db, DbCommand command, Plan plan, IReadOnlyList<T> rows) where T : class
    {
        if (plan.AsArrays(rows.Count))
        {
            AddArrays(db, command, plan, rows);
            return;
        }
        for (var r = 0; r < rows.Count; r++)
        {
            TenantSaveInterceptor.Apply(rows[r], EntityState.Added, db.CurrentFacilityId);
            for (var c = 0; c < plan.Columns.Length; c++)
            {
                command.Parameters.Add(plan.Mappings[c].CreateParameter(command, plan.Name(r, c), plan.Getters[c].GetClrValue(rows[r]), plan.Columns[c].IsNullable));
            }
        }
    }

    /// <summary>
    /// PostgreSQL, several rows: a parameter per column holding the rows' values as an array of the provider's type (the mapping's
    /// converter applied, as <see cref="RelationalTypeMapping.CreateParameter"/> would), which <see cref="Plan.ArrayText"/> casts to the column's store type.
    /// </summary>
    private static void AddArrays<T>(AppDbContext db, DbCommand command, Plan plan, IReadOnlyList<T> rows) where T : class
    {
        for (var r = 0; r < rows.Count; r++) TenantSaveInterceptor.Apply(rows[r], EntityState.Added, db.CurrentFacilityId);
        for (var c = 0; c < plan.Columns.Length; c++)
        {
            var values = Array.CreateInstance(plan.ElementTypes[c], rows.Count);
            var converter = plan.Mappings[c].Converter;
            for (var r = 0; r < rows.Count; r++)
            {
                var value = plan.Getters[c].GetClrValue(rows[r]);
                values.SetValue(value is not null && converter is not null ? converter.ConvertToProvider(value) : value, r);
            }
            var parameter = command.CreateParameter();
            parameter.ParameterName = plan.ArrayNames[c];
            parameter.Value = values;
            command.Parameters.Add(parameter);
        }
    }

    public static async Task InsertAsync<T>(AppDbContext db, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        var plan = PlanFor<T>(db);

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            foreach (var chunk in rows.Chunk(plan.RowsPerStatement))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                AddParameters(db, command, plan, chunk);
                command.CommandText = plan.Statement(chunk.Length);
                try
                {
                    await command.ExecuteNonQueryAsync(ct);
                }
                catch (DbException e)
                {
                    throw new DbUpdateException($"Inserting {chunk.Length} {typeof(T).Name} rows failed.", e);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
