using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Benchmarks;

/// <summary>
/// Multi-row INSERTs written with raw ADO.NET commands on the context's connection and transaction.
/// Table, column names and parameter formats come from the EF model and its type mappings, so rows
/// land exactly as EF would write them on any provider (e.g. upper-case TEXT Guids and binary
/// DateTimeOffsets on SQLite). It bypasses the change tracker and the tenant save interceptor,
/// which is what a generator wants: the data are written for many facilities at once.
/// </summary>
internal sealed class BulkInserter(AppDbContext db)
{
    /// <summary>
    /// Parameters per statement. SQLite resolves each named parameter with a linear search of the
    /// statement's names, so large statements bind in quadratic time: 150 there (3,000 took 5× longer);
    /// PostgreSQL allows 65,535 and gains from fewer round trips.
    /// </summary>
    private readonly int _maxParametersPerStatement = db.Database.IsSqlite() ? 150 : 3000;

    private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();

    public async Task<int> InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return 0;
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var tableName = entityType.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} has no table.");
        var table = StoreObjectIdentifier.Table(tableName, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Select(p => (Property: p, Column: p.GetColumnName(table)))
            .Where(c => c.Column is not null && c.Property.PropertyInfo is not null)
            .Select(c => (c.Property, Column: c.Column!, Mapping: c.Property.GetRelationalTypeMapping()))
            .ToList();

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Open a transaction first: the generator writes in one transaction.");
        var header = $"INSERT INTO {_sql.DelimitIdentifier(tableName, entityType.GetSchema())} ({string.Join(", ", columns.Select(c => _sql.DelimitIdentifier(c.Column)))}) VALUES ";
        var rowsPerStatement = Math.Max(1, _maxParametersPerStatement / columns.Count);

        var written = 0;
        for (var start = 0; start < rows.Count; start += rowsPerStatement)
        {
            var count = Math.Min(rowsPerStatement, rows.Count - start);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(header);
            var n = 0;
            for (var r = 0; r < count; r++)
            {
                var row = rows[start + r];
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var (property, _, mapping) = columns[c];
                    var name = "p" + n.ToString(CultureInfo.InvariantCulture);
                    n++;
                    if (c > 0) text.Append(", ");
                    text.Append(_sql.GenerateParameterNamePlaceholder(name));
                    // CreateParameter applies the mapping's value converter and provider-specific settings.
                    DbParameter parameter = mapping.CreateParameter(command, _sql.GenerateParameterName(name), property.PropertyInfo!.GetValue(row), property.IsNullable);
                    command.Parameters.Add(parameter);
                }
                text.Append(')');
            }
            command.CommandText = text.ToString();
            written += await command.ExecuteNonQueryAsync(ct);
        }
        return written;
    }
}
