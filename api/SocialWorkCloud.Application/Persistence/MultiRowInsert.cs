using System.Data.Common;
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
/// The caller stamps the tenant (the save interceptor does not see these rows). A unique violation surfaces as a
/// <see cref="DbUpdateException"/>, as from SaveChanges, so it answers 409 like any other.
/// </summary>
public static class MultiRowInsert
{
    /// <summary>Parameters per statement: under SQLite's old 999 and SQL Server's 2,100.</summary>
    private const int MaxParameters = 900;

    public static async Task InsertAsync<T>(AppDbContext db, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAdd).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) VALUES ";
        var mappings = columns.Select(p => p.GetRelationalTypeMapping()).ToList();
        var getters = columns.Select(p => p.GetGetter()).ToList();

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            var perStatement = Math.Max(1, MaxParameters / columns.Count);
            foreach (var chunk in rows.Chunk(perStatement))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                var text = new StringBuilder(head);
                for (var r = 0; r < chunk.Length; r++)
                {
                    text.Append(r == 0 ? "(" : ", (");
                    for (var c = 0; c < columns.Count; c++)
                    {
                        var name = $"p{r}_{c}";
                        // CreateParameter applies the mapping's converter (enums, SQLite's DateTimeOffset), as SaveChanges does.
                        command.Parameters.Add(mappings[c].CreateParameter(command, name, getters[c].GetClrValue(chunk[r]), columns[c].IsNullable));
                        text.Append(c == 0 ? string.Empty : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                    }
                    text.Append(')');
                }
                command.CommandText = text.ToString();
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
