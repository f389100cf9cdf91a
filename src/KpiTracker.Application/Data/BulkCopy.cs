using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;

namespace KpiTracker.Application.Data;

/// <summary>
/// Writes many rows of one mapped entity type with PostgreSQL's binary <c>COPY</c> (encoded by <see cref="CopyRows"/>), on the context's connection and inside its
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

        var (name, columns) = Describe<T>(db);
        var copy = $"COPY {name} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        using var data = new CopyRows();
        var stream = await connection.BeginRawBinaryCopyAsync(copy, cancellationToken);
        try
        {
            data.Header();
            foreach (var row in rows)
            {
                data.StartRow(columns.Count);
                foreach (var column in columns)
                {
                    column.Write(data, row);
                }

                if (data.Length >= CopyRows.FlushAt)
                {
                    await stream.WriteAsync(data.Written, cancellationToken);
                    data.Clear();
                }
            }

            data.Trailer();
            await stream.WriteAsync(data.Written, cancellationToken);
        }
        catch
        {
            // Abandon the COPY (CopyFail): disposing the stream would otherwise end it as complete with the rows sent so far. If the
            // connection itself failed, abandoning fails too; the exception that stopped the write is the one to report.
            try
            {
                await stream.CancelAsync();
            }
            catch (NpgsqlException)
            {
            }

            throw;
        }
        finally
        {
            // Ends the COPY, or releases an abandoned one; PostgreSQL's verdict on the rows (a constraint or trigger refusing
            // them) is thrown here.
            await stream.DisposeAsync();
        }
    }

    /// <summary>
    /// One multi-row <c>INSERT</c> of these rows with positional parameters, for a handful of rows sent in one batch with other
    /// statements (a COPY is a round trip of its own per table). Same columns and conversions as <see cref="WriteAsync"/>.
    /// </summary>
    public static NpgsqlBatchCommand InsertCommand<T>(AppDbContext db, IReadOnlyCollection<T> rows)
        where T : class
    {
        var (name, columns) = Describe<T>(db);
        var command = new NpgsqlBatchCommand();
        var sql = new StringBuilder("INSERT INTO ").Append(name).Append(" (").AppendJoin(", ", columns.Select(c => Quote(c.Name))).Append(") VALUES ");
        var n = 0;
        foreach (var row in rows)
        {
            sql.Append(n == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++)
            {
                var column = columns[c];
                sql.Append(c == 0 ? "$" : ", $").Append((++n).ToString(CultureInfo.InvariantCulture));
                command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = column.Type, Value = column.Read(row) ?? DBNull.Value });
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        return command;
    }

    /// <summary>Runs these statements in one round trip, in order, on the context's connection and inside its current transaction.</summary>
    public static async Task ExecuteBatchAsync(AppDbContext db, IEnumerable<NpgsqlBatchCommand> commands, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction;
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var command in commands)
        {
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The quoted table name and the column of a mapped property (for hand-written statements on the same tables).</summary>
    public static (string Table, string Column) NameOf<T>(AppDbContext db, string property)
        where T : class
    {
        var (name, columns) = Describe<T>(db);
        return (name, Quote(columns.Single(c => c.Property == property).Name));
    }

    private static readonly ConcurrentDictionary<(IModel, Type), (string Name, List<Column> Columns)> Tables = new();

    private static (string Name, List<Column> Columns) Describe<T>(AppDbContext db)
        where T : class => Tables.GetOrAdd((db.Model, typeof(T)), static key =>
    {
        var entityType = key.Item1.FindEntityType(key.Item2) ?? throw new InvalidOperationException($"{key.Item2.Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties().Select(p =>
        {
            if (p.IsShadowProperty())
            {
                throw new InvalidOperationException($"{key.Item2.Name}.{p.Name} is a shadow property; bulk copy writes CLR properties only.");
            }

            var mapping = p.GetRelationalTypeMapping();
            var type = DbType(mapping.StoreType);
            var (write, read) = Compile(key.Item2, p, mapping.Converter, type);
            return new Column(p.Name, p.GetColumnName(table)!, type, write, read);
        }).ToList();
        var name = table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";
        return (name, columns);
    });

    /// <summary>
    /// A column's two accessors, compiled once per column from one expression of the value as the database stores it (the property,
    /// through the value converter; a null stays a null and is never converted, as in EF): the writer for <see cref="WriteAsync"/>,
    /// which encodes the typed value or a NULL into the COPY data with no boxing and no type looked at per row, and the reader for
    /// <see cref="InsertCommand"/>, which gives the same value boxed.
    /// </summary>
    private static (Action<CopyRows, object> Write, Func<object, object?> Read) Compile(Type entity, IProperty property, ValueConverter? converter, NpgsqlDbType type)
    {
        var info = property.PropertyInfo ?? throw new InvalidOperationException($"{entity.Name}.{property.Name} has no CLR property; bulk copy writes CLR properties only.");
        var row = Expression.Parameter(typeof(object), "row");
        var value = Expression.Variable(info.PropertyType, "value");

        // present(stored value) when the property holds a value, absent otherwise; as one block that reads the property once.
        Expression Stored(Func<Expression, Expression> present, Expression absent)
        {
            Expression Convert(Expression model) => present(converter is null
                ? model
                : ReplacingExpressionVisitor.Replace(converter.ConvertToProviderExpression.Parameters[0], model, converter.ConvertToProviderExpression.Body));
            var body = Nullable.GetUnderlyingType(info.PropertyType) is not null
                ? Expression.Condition(Expression.Property(value, nameof(Nullable<int>.HasValue)), Convert(Expression.Property(value, nameof(Nullable<int>.Value))), absent)
                : !info.PropertyType.IsValueType
                    ? Expression.Condition(Expression.Equal(value, Expression.Constant(null, info.PropertyType)), absent, Convert(value))
                    : Convert(value);
            return Expression.Block(absent.Type, [value], Expression.Assign(value, Expression.Property(Expression.Convert(row, entity), info)), body);
        }

        var data = Expression.Parameter(typeof(CopyRows), "data");
        var write = Stored(
            stored => Expression.Call(data, Encoder(entity, property, type, stored.Type), null, stored),
            Expression.Call(data, nameof(CopyRows.Null), null));
        var read = Stored(stored => Expression.Convert(stored, typeof(object)), Expression.Constant(null, typeof(object)));
        return (
            Expression.Lambda<Action<CopyRows, object>>(write, data, row).Compile(),
            Expression.Lambda<Func<object, object?>>(read, row).Compile());
    }

    /// <summary>The <see cref="CopyRows"/> method that encodes a stored value of this CLR type as this column type.</summary>
    private static string Encoder(Type entity, IProperty property, NpgsqlDbType type, Type stored) => (type, stored) switch
    {
        (NpgsqlDbType.Uuid, var t) when t == typeof(Guid) => nameof(CopyRows.Uuid),
        (NpgsqlDbType.Varchar or NpgsqlDbType.Char or NpgsqlDbType.Text, var t) when t == typeof(string) => nameof(CopyRows.Text),
        (NpgsqlDbType.Integer, var t) when t == typeof(int) => nameof(CopyRows.Int32),
        (NpgsqlDbType.Bigint, var t) when t == typeof(long) => nameof(CopyRows.Int64),
        (NpgsqlDbType.Boolean, var t) when t == typeof(bool) => nameof(CopyRows.Bool),
        (NpgsqlDbType.Numeric, var t) when t == typeof(decimal) => nameof(CopyRows.Numeric),
        (NpgsqlDbType.TimestampTz, var t) when t == typeof(DateTimeOffset) => nameof(CopyRows.TimestampTz),
        _ => throw new NotSupportedException($"Bulk copy of {entity.Name}.{property.Name} ({stored.Name} as {type}) is not supported."),
    };

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

    /// <summary>A mapped column: its property, name and type, and its compiled writer (for COPY) and reader (the stored value, boxed, or null).</summary>
    private sealed record Column(string Property, string Name, NpgsqlDbType Type, Action<CopyRows, object> Write, Func<object, object?> Read);
}
