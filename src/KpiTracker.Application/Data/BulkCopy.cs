using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace KpiTracker.Application.Data;

/// <summary>
/// Writes many rows of one mapped entity type with PostgreSQL's binary <c>COPY</c>, on the context's connection and inside its
/// current transaction, bypassing the change tracker and the SaveChanges interceptors. Table, columns and value conversions come
/// from the EF model, so the rows are what SaveChanges would have written. Only for entities that are not audited and raise no
/// side effects in interceptors (score runs and their rows).
/// </summary>
internal static class BulkCopy
{
    public static async Task WriteAsync<T>(AppDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties().Select(p =>
        {
            if (p.IsShadowProperty())
            {
                throw new InvalidOperationException($"{typeof(T).Name}.{p.Name} is a shadow property; bulk copy writes CLR properties only.");
            }

            var mapping = p.GetRelationalTypeMapping();
            return new Column(p.GetColumnName(table)!, p.GetGetter(), mapping.Converter, DbType(mapping.StoreType));
        }).ToList();

        var name = table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";
        var copy = $"COPY {name} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var writer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                var value = column.Getter.GetClrValue(row);
                if (value is not null && column.Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                await (value switch
                {
                    null => writer.WriteNullAsync(cancellationToken),
                    Guid g => writer.WriteAsync(g, column.Type, cancellationToken),
                    string s => writer.WriteAsync(s, column.Type, cancellationToken),
                    int i => writer.WriteAsync(i, column.Type, cancellationToken),
                    long l => writer.WriteAsync(l, column.Type, cancellationToken),
                    bool b => writer.WriteAsync(b, column.Type, cancellationToken),
                    decimal d => writer.WriteAsync(d, column.Type, cancellationToken),
                    DateTimeOffset t => writer.WriteAsync(t, column.Type, cancellationToken),
                    _ => throw new NotSupportedException($"Bulk copy of {value.GetType().Name} ({column.Name}) is not supported."),
                });
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static NpgsqlDbType DbType(string storeType)
    {
        var bare = storeType.Split('(')[0].Trim();
        return bare switch
        {
            "uuid" => NpgsqlDbType.Uuid,
            "character varying" or "varchar" => NpgsqlDbType.Varchar,
            "character" or "char" => NpgsqlDbType.Char,
            "text" => NpgsqlDbType.Text,
            "integer" or "int" or "int4" => NpgsqlDbType.Integer,
            "bigint" or "int8" => NpgsqlDbType.Bigint,
            "boolean" or "bool" => NpgsqlDbType.Boolean,
            "numeric" => NpgsqlDbType.Numeric,
            "timestamp with time zone" or "timestamptz" => NpgsqlDbType.TimestampTz,
            _ => throw new NotSupportedException($"Bulk copy of columns of type {storeType} is not supported."),
        };
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private sealed record Column(string Name, IClrPropertyGetter Getter, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter, NpgsqlDbType Type);
}
