using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Imports;

/// <summary>
/// Inserts many new rows of one entity type with multi-row INSERT statements in the current transaction, bypassing the
/// change tracker (an import of 50,000 clients through SaveChanges spends minutes tracking and detecting changes).
/// Columns, names and value conversions come from the EF model and its provider's type mappings, so a row is written
/// exactly as SaveChanges would write it. The caller sets everything SaveChanges would have set (tenant, version).
/// </summary>
internal static class BulkInsert
{
    /// <summary>SQL Server takes at most 2,100 parameters a command; the other providers more.</summary>
    private const int MaxParameters = 2000;

    public static async Task InsertAsync<T>(AppDbContext db, IEnumerable<T> rows, CancellationToken ct) where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Where(p => !p.IsShadowProperty() && p.GetColumnName(table) is not null && p.GetComputedColumnSql() is null && p.ValueGenerated != ValueGenerated.OnAddOrUpdate)
            .Select(p => (Property: p, Getter: p.GetGetter(), Mapping: (RelationalTypeMapping)p.GetRelationalTypeMapping(), p.IsNullable))
            .ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)))}) VALUES ";
        var rowsPerCommand = Math.Max(1, Math.Min(1000, MaxParameters / columns.Count));

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var chunk in rows.Chunk(rowsPerCommand))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                var text = new StringBuilder(head, head.Length + chunk.Length * columns.Count * 8);
                var n = 0;
                for (var r = 0; r < chunk.Length; r++)
                {
                    text.Append(r == 0 ? "(" : ", (");
                    for (var c = 0; c < columns.Count; c++)
                    {
                        var name = "@b" + n++;
                        if (c > 0) text.Append(", ");
                        text.Append(name);
                        var column = columns[c];
                        command.Parameters.Add(column.Mapping.CreateParameter(command, name, column.Getter.GetClrValue(chunk[r]), column.IsNullable));
                    }
                    text.Append(')');
                }
                command.CommandText = text.ToString();
                await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
