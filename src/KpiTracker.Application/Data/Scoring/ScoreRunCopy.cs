using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace KpiTracker.Application.Data.Scoring;

/// <summary>
/// Writes score runs and their criterion and indicator rows with Npgsql's binary importer (COPY), on the context's connection
/// and inside its current transaction, bypassing the change tracker and the SaveChanges interceptors (runs are not audited and
/// trigger nothing). A full rescore writes 430,000 rows; COPY is several times faster than INSERTs for that (docs/PERFORMANCE.md).
/// Table and column names come from the EF model; each column's value and type are listed below in the COPY's column order,
/// and ScoreRunCopyTests holds them to what EF itself stores for the same entities.
/// </summary>
internal static class ScoreRunCopy
{
    /// <summary>The runs, then their criterion rows, then their indicator rows (each row's run exists before it, for the foreign keys).</summary>
    public static async Task WriteAsync(AppDbContext db, IReadOnlyList<ScoreRun> runs, CancellationToken cancellationToken)
    {
        await CopyAsync(db, RunColumns, runs, cancellationToken);
        await CopyAsync(db, CriterionColumns, [.. runs.SelectMany(r => r.Criteria)], cancellationToken);
        await CopyAsync(db, IndicatorColumns, [.. runs.SelectMany(r => r.Indicators)], cancellationToken);
    }

    private static async Task CopyAsync<T>(AppDbContext db, Column<T>[] columns, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        // Disposed without CompleteAsync (an exception on the way), the importer cancels the COPY: nothing of it is written.
        await using var importer = await connection.BeginBinaryImportAsync(CopyCommand(db, columns), cancellationToken);
        // Rows and values are written synchronously: they go to the importer's buffer, which sends itself when full (a send to
        // the server's socket that the kernel takes at once); an await per value cost more than the write (docs/PERFORMANCE.md).
        foreach (var row in rows)
        {
            importer.StartRow();
            foreach (var column in columns)
            {
                column.Write(importer, row);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static string CopyCommand<T>(AppDbContext db, Column<T>[] columns)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var names = columns.Select(c => Quote(entity.FindProperty(c.Property)!.GetColumnName(table)!));
        var name = table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";
        return $"COPY {name} ({string.Join(", ", names)}) FROM STDIN (FORMAT BINARY)";
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private sealed record Column<T>(string Property, Action<NpgsqlBinaryImporter, T> Write);

    private static Column<T> Of<T, TValue>(string property, Func<T, TValue> value, NpgsqlDbType type) =>
        new(property, (importer, row) => importer.Write(value(row), type));

    private static Column<T> Of<T>(string property, Func<T, decimal?> value) =>
        new(property, (importer, row) =>
        {
            if (value(row) is { } v)
            {
                importer.Write(v, NpgsqlDbType.Numeric);
            }
            else
            {
                importer.WriteNull();
            }
        });

    private static Column<T> Of<T>(string property, Func<T, string?> value) =>
        new(property, (importer, row) =>
        {
            if (value(row) is { } v)
            {
                importer.Write(v, NpgsqlDbType.Varchar);
            }
            else
            {
                importer.WriteNull();
            }
        });

    private static readonly Column<ScoreRun>[] RunColumns =
    [
        Of<ScoreRun, Guid>(nameof(ScoreRun.Id), r => r.Id, NpgsqlDbType.Uuid),
        Of<ScoreRun, Guid>(nameof(ScoreRun.CycleId), r => r.CycleId, NpgsqlDbType.Uuid),
        Of<ScoreRun, int>(nameof(ScoreRun.Year), r => r.Year, NpgsqlDbType.Integer),
        Of<ScoreRun>(nameof(ScoreRun.OrgUnitCode), r => r.OrgUnitCode),
        Of<ScoreRun>(nameof(ScoreRun.Kind), r => r.Kind.ToCode()),
        Of<ScoreRun>(nameof(ScoreRun.EditionCode), r => r.EditionCode),
        Of<ScoreRun>(nameof(ScoreRun.EngineVersion), r => r.EngineVersion),
        Of<ScoreRun>(nameof(ScoreRun.Trigger), r => r.Trigger),
        Of<ScoreRun, DateTimeOffset>(nameof(ScoreRun.ComputedAt), r => r.ComputedAt, NpgsqlDbType.TimestampTz),
        Of<ScoreRun, string>(nameof(ScoreRun.InputHash), r => r.InputHash, NpgsqlDbType.Char),
        Of<ScoreRun, bool>(nameof(ScoreRun.IsLatest), r => r.IsLatest, NpgsqlDbType.Boolean),
        Of<ScoreRun>(nameof(ScoreRun.Overall), r => r.Overall),
        Of<ScoreRun>(nameof(ScoreRun.PublishedOverall), r => r.PublishedOverall),
        Of<ScoreRun>(nameof(ScoreRun.Band), r => r.Band),
        Of<ScoreRun>(nameof(ScoreRun.Coverage), r => r.Coverage),
        Of<ScoreRun, bool>(nameof(ScoreRun.InsufficientData), r => r.InsufficientData, NpgsqlDbType.Boolean),
        Of<ScoreRun, int>(nameof(ScoreRun.ValueCount), r => r.ValueCount, NpgsqlDbType.Integer),
        Of<ScoreRun, int>(nameof(ScoreRun.ApplicableCount), r => r.ApplicableCount, NpgsqlDbType.Integer),
        Of<ScoreRun>(nameof(ScoreRun.DeltaOverall), r => r.DeltaOverall),
        Of<ScoreRun>(nameof(ScoreRun.GapClosure), r => r.GapClosure),
        Of<ScoreRun, decimal>(nameof(ScoreRun.Dqi), r => r.Dqi, NpgsqlDbType.Numeric),
        Of<ScoreRun>(nameof(ScoreRun.DqiCompleteness), r => r.DqiCompleteness),
        Of<ScoreRun>(nameof(ScoreRun.DqiTimeliness), r => r.DqiTimeliness),
        Of<ScoreRun>(nameof(ScoreRun.DqiFirstPassAcceptance), r => r.DqiFirstPassAcceptance),
        Of<ScoreRun>(nameof(ScoreRun.DqiEvidenceReviewed), r => r.DqiEvidenceReviewed),
        Of<ScoreRun>(nameof(ScoreRun.DqiItemsWithoutOpenFlags), r => r.DqiItemsWithoutOpenFlags),
        Of<ScoreRun>(nameof(ScoreRun.LoopScore), r => r.LoopScore),
        Of<ScoreRun, int>(nameof(ScoreRun.LoopActions), r => r.LoopActions, NpgsqlDbType.Integer),
    ];

    private static readonly Column<ScoreRunCriterion>[] CriterionColumns =
    [
        Of<ScoreRunCriterion, Guid>(nameof(ScoreRunCriterion.RunId), c => c.RunId, NpgsqlDbType.Uuid),
        Of<ScoreRunCriterion>(nameof(ScoreRunCriterion.Code), c => c.Code),
        Of<ScoreRunCriterion, int>(nameof(ScoreRunCriterion.Order), c => c.Order, NpgsqlDbType.Integer),
        Of<ScoreRunCriterion>(nameof(ScoreRunCriterion.Score), c => c.Score),
        Of<ScoreRunCriterion>(nameof(ScoreRunCriterion.PublishedScore), c => c.PublishedScore),
        Of<ScoreRunCriterion>(nameof(ScoreRunCriterion.Band), c => c.Band),
        Of<ScoreRunCriterion, int>(nameof(ScoreRunCriterion.ApplicableCount), c => c.ApplicableCount, NpgsqlDbType.Integer),
        Of<ScoreRunCriterion, int>(nameof(ScoreRunCriterion.ValueCount), c => c.ValueCount, NpgsqlDbType.Integer),
        Of<ScoreRunCriterion, bool>(nameof(ScoreRunCriterion.Published), c => c.Published, NpgsqlDbType.Boolean),
        Of<ScoreRunCriterion>(nameof(ScoreRunCriterion.WeightShare), c => c.WeightShare),
        Of<ScoreRunCriterion>(nameof(ScoreRunCriterion.Delta), c => c.Delta),
    ];

    private static readonly Column<ScoreRunIndicator>[] IndicatorColumns =
    [
        Of<ScoreRunIndicator, Guid>(nameof(ScoreRunIndicator.RunId), i => i.RunId, NpgsqlDbType.Uuid),
        Of<ScoreRunIndicator>(nameof(ScoreRunIndicator.Code), i => i.Code),
        Of<ScoreRunIndicator>(nameof(ScoreRunIndicator.CriterionCode), i => i.CriterionCode),
        Of<ScoreRunIndicator, int>(nameof(ScoreRunIndicator.Order), i => i.Order, NpgsqlDbType.Integer),
        Of<ScoreRunIndicator>(nameof(ScoreRunIndicator.Status), i => i.Status.ToCode()),
        Of<ScoreRunIndicator>(nameof(ScoreRunIndicator.Value), i => i.Value),
        Of<ScoreRunIndicator>(nameof(ScoreRunIndicator.Lower), i => i.Lower),
        Of<ScoreRunIndicator>(nameof(ScoreRunIndicator.Target), i => i.Target),
        Of<ScoreRunIndicator>(nameof(ScoreRunIndicator.TargetHigh), i => i.TargetHigh),
        Of<ScoreRunIndicator>(nameof(ScoreRunIndicator.Upper), i => i.Upper),
        Of<ScoreRunIndicator>(nameof(ScoreRunIndicator.Score), i => i.Score),
        Of<ScoreRunIndicator>(nameof(ScoreRunIndicator.PublishedScore), i => i.PublishedScore),
        Of<ScoreRunIndicator>(nameof(ScoreRunIndicator.Achievement), i => i.Achievement),
        Of<ScoreRunIndicator>(nameof(ScoreRunIndicator.Light), i => i.Light.ToCode()),
        Of<ScoreRunIndicator, bool>(nameof(ScoreRunIndicator.Counted), i => i.Counted, NpgsqlDbType.Boolean),
        Of<ScoreRunIndicator>(nameof(ScoreRunIndicator.ContributionToCriterion), i => i.ContributionToCriterion),
        Of<ScoreRunIndicator>(nameof(ScoreRunIndicator.ContributionToOverall), i => i.ContributionToOverall),
        Of<ScoreRunIndicator>(nameof(ScoreRunIndicator.Delta), i => i.Delta),
    ];
}
