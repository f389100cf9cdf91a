using KpiTracker.Application.Data.Scoring;
using KpiTracker.Domain.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>
/// <see cref="ScoreRunCopy"/> lists each column's value and type itself for Npgsql's binary importer; EF's SaveChanges writes the
/// same entities from the model. Runs with criterion and indicator rows of random values are written both ways, and what
/// PostgreSQL stored must be the same, column by column, down to the numeric's display scale and the timestamp's microsecond
/// (a column left out of the COPY would read as its default).
/// </summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class ScoreRunCopyTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Runs_written_with_copy_are_stored_exactly_as_ef_stores_the_same_values()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        var random = new Random(20261129);
        var copied = Enumerable.Range(0, 400).Select(n => RandomRun(random, data.CycleId, data.Year, n)).ToList();
        var saved = copied.Select(Twin).ToList();

        await Fixture.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await ScoreRunCopy.WriteAsync(db, copied, CancellationToken.None);
            await transaction.CommitAsync();
            return 0;
        });
        await Fixture.WithDbAsync(async db =>
        {
            // The runs first: EF maps no relationship for the rows (ADR 0008), so it would not order the inserts itself.
            db.ScoreRuns.AddRange(saved);
            await db.SaveChangesAsync();
            db.ScoreRunCriteria.AddRange(saved.SelectMany(r => r.Criteria));
            db.ScoreRunIndicators.AddRange(saved.SelectMany(r => r.Indicators));
            return await db.SaveChangesAsync();
        });

        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        foreach (var (table, key, count) in new[] { ("score_runs", "id", copied.Count), ("score_run_criteria", "run_id", copied.Sum(r => r.Criteria.Count)), ("score_run_indicators", "run_id", copied.Sum(r => r.Indicators.Count)) })
        {
            var rows = await RowsAsync(connection, table, key, copied.Select(r => r.Id), saved.Select(r => r.Id));
            Assert.Equal(count, rows.Copied.Count);
            Assert.Equal(rows.Saved, rows.Copied);
        }

        // And read back through EF, the copied values are the values written, with their scale (1.50 stays 1.50).
        var stored = await Fixture.WithDbAsync(db => db.ScoreRunIndicators.AsNoTracking().Where(i => copied.Select(r => r.Id).Contains(i.RunId)).ToListAsync());
        var written = copied.SelectMany(r => r.Indicators).ToDictionary(i => (i.RunId, i.Code));
        foreach (var row in stored)
        {
            var original = written[(row.RunId, row.Code)];
            Assert.Equal(Bits(original.Value), Bits(row.Value));
            Assert.Equal(Bits(original.Score), Bits(row.Score));
            Assert.Equal(Bits(original.ContributionToOverall), Bits(row.ContributionToOverall));
        }
    }

    [Fact]
    public async Task A_copy_that_fails_writes_nothing_and_leaves_the_connection_usable()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        var random = new Random(1);
        var runs = Enumerable.Range(0, 3).Select(n => RandomRun(random, data.CycleId, data.Year, n)).ToList();
        var many = Enumerable.Range(0, 400).Select(n => RandomRun(random, data.CycleId, data.Year, n)).ToList();
        await Fixture.WithDbAsync(async db =>
        {
            // PostgreSQL refuses a run's rows (two with one key): the error comes when that COPY ends, and the transaction goes.
            var twice = RandomRun(random, data.CycleId, data.Year, 9);
            twice.Indicators.Add(twice.Indicators[0]);
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                var refused = await Assert.ThrowsAsync<PostgresException>(() => ScoreRunCopy.WriteAsync(db, [twice], CancellationToken.None));
                Assert.Equal(PostgresErrorCodes.UniqueViolation, refused.SqlState);
            }

            // A value that cannot be written stops the write half-way, after more than one buffer of rows has been sent (a time
            // with an offset other than UTC): the COPY is abandoned, not ended with the rows sent so far. Outside a transaction, so
            // that a COPY ended instead of abandoned would have committed those rows.
            var bad = new ScoreRun { Id = Guid.CreateVersion7(), CycleId = data.CycleId, Year = data.Year, OrgUnitCode = "OM-X", EditionCode = "x", EngineVersion = "x", Trigger = "x", InputHash = new string('0', 64), ComputedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(4)) };
            await db.Database.OpenConnectionAsync();
            await Assert.ThrowsAnyAsync<ArgumentException>(() => ScoreRunCopy.WriteAsync(db, [.. many, bad], CancellationToken.None));

            // The same connection then writes the runs and their rows.
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await ScoreRunCopy.WriteAsync(db, runs, CancellationToken.None);
                await transaction.CommitAsync();
            }

            return 0;
        });

        var ids = runs.Select(r => r.Id).ToList();
        Assert.Equal(3, await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync(r => ids.Contains(r.Id))));
        Assert.Equal(36, await Fixture.WithDbAsync(db => db.ScoreRunIndicators.CountAsync(i => ids.Contains(i.RunId))));
        Assert.Equal(9, await Fixture.WithDbAsync(db => db.ScoreRunCriteria.CountAsync(c => ids.Contains(c.RunId))));
        var abandoned = many.Select(r => r.Id).ToList();
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync(r => abandoned.Contains(r.Id))));
    }

    /// <summary>The rows of both sets as PostgreSQL's text of every column but the ids, each set in the order of its ids (a run's rows by code).</summary>
    private static async Task<(List<string> Copied, List<string> Saved)> RowsAsync(NpgsqlConnection connection, string table, string key, IEnumerable<Guid> copiedIds, IEnumerable<Guid> savedIds)
    {
        // The row as text without its id columns; ordered by the run's position in the list and the row's code.
        Task<List<string>> ReadAsync(Guid[] ids) => TestSql.StringsAsync(connection, $"""
            SELECT (to_jsonb(t) - 'id' - 'run_id')::text FROM {table} t JOIN unnest($1) WITH ORDINALITY AS k(id, n) ON t.{key} = k.id
            ORDER BY k.n, (to_jsonb(t) ->> 'code')
            """, ids);

        return (await ReadAsync([.. copiedIds]), await ReadAsync([.. savedIds]));
    }

    /// <summary>A decimal's value and scale (PostgreSQL has no negative zero, so −0 reads back as 0, with its scale).</summary>
    private static (decimal Value, byte Scale)? Bits(decimal? value) => value is { } v ? (v, v.Scale) : null;

    private static ScoreRun RandomRun(Random random, Guid cycleId, int year, int n)
    {
        var run = new ScoreRun
        {
            Id = Guid.CreateVersion7(),
            CycleId = cycleId,
            Year = year,
            OrgUnitCode = random.Next(3) == 0 ? "مسقط-" + n : "OM-T" + n,
            Kind = random.Next(2) == 0 ? ScoreKind.Provisional : ScoreKind.Final,
            EditionCode = "2026.1",
            EngineVersion = "test",
            Trigger = "test",
            // Ticks below a microsecond: dropped the same way.
            ComputedAt = new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero).AddTicks(random.NextInt64(10_000_000_000)),
            InputHash = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()),
            IsLatest = false,
            Overall = RandomDecimal(random),
            PublishedOverall = RandomDecimal(random),
            Band = random.Next(2) == 0 ? null : "ممتاز",
            Coverage = RandomDecimal(random),
            InsufficientData = random.Next(2) == 0,
            ValueCount = random.Next(-5, 100),
            ApplicableCount = random.Next(),
            DeltaOverall = RandomDecimal(random),
            GapClosure = RandomDecimal(random),
            Dqi = RandomDecimal(random) ?? 0m,
            DqiCompleteness = RandomDecimal(random),
            DqiTimeliness = RandomDecimal(random),
            DqiFirstPassAcceptance = RandomDecimal(random),
            DqiEvidenceReviewed = RandomDecimal(random),
            DqiItemsWithoutOpenFlags = RandomDecimal(random),
        };
        for (var c = 0; c < 3; c++)
        {
            run.Criteria.Add(new ScoreRunCriterion
            {
                RunId = run.Id,
                Code = "C" + c,
                Order = c + 1,
                Score = RandomDecimal(random),
                PublishedScore = RandomDecimal(random),
                Band = random.Next(2) == 0 ? null : "جيد",
                ApplicableCount = random.Next(-5, 40),
                ValueCount = random.Next(),
                Published = random.Next(2) == 0,
                WeightShare = RandomDecimal(random),
                Delta = RandomDecimal(random),
            });
        }

        for (var i = 0; i < 12; i++)
        {
            run.Indicators.Add(new ScoreRunIndicator
            {
                RunId = run.Id,
                Code = $"X-{i:D2}",
                CriterionCode = "C" + (i % 7),
                Order = i,
                Status = (IndicatorStatus)(i % 3),
                Value = RandomDecimal(random),
                Lower = RandomDecimal(random),
                Target = RandomDecimal(random),
                TargetHigh = RandomDecimal(random),
                Upper = RandomDecimal(random),
                Score = RandomDecimal(random),
                PublishedScore = RandomDecimal(random),
                Achievement = RandomDecimal(random),
                Light = (TrafficLight)(i % 4),
                Counted = i % 2 == 0,
                ContributionToCriterion = RandomDecimal(random),
                ContributionToOverall = RandomDecimal(random),
                Delta = RandomDecimal(random),
            });
        }

        return run;
    }

    /// <summary>The same run under a new id (so both can be stored side by side).</summary>
    private static ScoreRun Twin(ScoreRun run)
    {
        var twin = new ScoreRun
        {
            Id = Guid.CreateVersion7(), CycleId = run.CycleId, Year = run.Year, OrgUnitCode = run.OrgUnitCode, Kind = run.Kind, EditionCode = run.EditionCode,
            EngineVersion = run.EngineVersion, Trigger = run.Trigger, ComputedAt = run.ComputedAt, InputHash = run.InputHash, IsLatest = run.IsLatest,
            Overall = run.Overall, PublishedOverall = run.PublishedOverall, Band = run.Band, Coverage = run.Coverage, InsufficientData = run.InsufficientData,
            ValueCount = run.ValueCount, ApplicableCount = run.ApplicableCount, DeltaOverall = run.DeltaOverall, GapClosure = run.GapClosure, Dqi = run.Dqi,
            DqiCompleteness = run.DqiCompleteness, DqiTimeliness = run.DqiTimeliness, DqiFirstPassAcceptance = run.DqiFirstPassAcceptance,
            DqiEvidenceReviewed = run.DqiEvidenceReviewed, DqiItemsWithoutOpenFlags = run.DqiItemsWithoutOpenFlags,
        };
        twin.Criteria.AddRange(run.Criteria.Select(c => new ScoreRunCriterion
        {
            RunId = twin.Id, Code = c.Code, Order = c.Order, Score = c.Score, PublishedScore = c.PublishedScore, Band = c.Band,
            ApplicableCount = c.ApplicableCount, ValueCount = c.ValueCount, Published = c.Published, WeightShare = c.WeightShare, Delta = c.Delta,
        }));
        twin.Indicators.AddRange(run.Indicators.Select(i => new ScoreRunIndicator
        {
            RunId = twin.Id, Code = i.Code, CriterionCode = i.CriterionCode, Order = i.Order, Status = i.Status, Value = i.Value, Lower = i.Lower,
            Target = i.Target, TargetHigh = i.TargetHigh, Upper = i.Upper, Score = i.Score, PublishedScore = i.PublishedScore, Achievement = i.Achievement,
            Light = i.Light, Counted = i.Counted, ContributionToCriterion = i.ContributionToCriterion, ContributionToOverall = i.ContributionToOverall, Delta = i.Delta,
        }));
        return twin;
    }

    /// <summary>
    /// Null, edge values (zero with and without a scale, the extremes, the smallest step, values on and beside the base-10,000
    /// digit boundaries, trailing zeros), or a random coefficient of 0–96 bits with a random sign and scale.
    /// </summary>
    private static decimal? RandomDecimal(Random random)
    {
        decimal[] edges =
        [
            0m, 0.00m, -0.0m, 1m, -1m, 1.50m, 100m, 10000m, 9999.9999m, 10000.0001m, 0.0001m, 0.00001m, 0.0000000000000000000000000001m,
            decimal.MaxValue, decimal.MinValue, 7.9228162514264337593543950335m, 12345678901234567890.12345678m, 87.4m, 71.40m, -33.333333333333333333333333333m,
        ];
        return random.Next(10) switch
        {
            0 => null,
            1 => edges[random.Next(edges.Length)],
            _ => new decimal(
                random.Next(4) == 0 ? 0 : random.Next(int.MinValue, int.MaxValue),
                random.Next(3) == 0 ? 0 : random.Next(int.MinValue, int.MaxValue),
                random.Next(2) == 0 ? 0 : random.Next(int.MinValue, int.MaxValue),
                random.Next(2) == 0,
                (byte)random.Next(29)),
        };
    }
}
