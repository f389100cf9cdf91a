using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using KpiTracker.Application.Data;
using KpiTracker.Application.Data.Scoring;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Frameworks;
using KpiTracker.Domain.Quality;
using KpiTracker.Domain.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KpiTracker.Application.Features.Scoring;

public enum RunOutcome
{
    /// <summary>A new run was written and is now the latest.</summary>
    Written,

    /// <summary>The latest run was computed from the same inputs; nothing was written.</summary>
    Unchanged,
}

/// <summary>
/// Scores one governorate in one cycle and stores the run. Runs for the same (cycle, governorate) never overlap: each takes a
/// transaction-scoped PostgreSQL advisory lock before it reads, so a second one waits and then finds the first one's run; the
/// unique partial index on the latest run is the last line of defence.
/// </summary>
internal sealed class UnitScorer(AppDbContext db, TimeProvider clock, ILogger<UnitScorer> logger)
{
    /// <summary>Bump when the engine in Domain/Scoring changes the numbers it produces for the same inputs.</summary>
    public const string EngineVersion = "2026.1";

    public async Task<(ScoreRun Run, RunOutcome Outcome)> ScoreAsync(Cycle cycle, EditionModel edition, string orgUnitCode, string trigger, bool force, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var key = LockKey(cycle.Id, orgUnitCode);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", ct);

            var inputs = await UnitInputs.LoadAsync(db, cycle, edition, orgUnitCode, ct);
            var fresh = Compute(inputs, clock.GetUtcNow(), trigger);
            // A forced run is written whatever the latest one holds, so the latest is only read when it may be kept.
            var latest = force
                ? null
                : await db.ScoreRuns.AsNoTracking().Include(r => r.Criteria).Include(r => r.Indicators).AsSplitQuery()
                    .FirstOrDefaultAsync(r => r.CycleId == cycle.Id && r.OrgUnitCode == orgUnitCode && r.IsLatest, ct);
            if (latest is not null && latest.InputHash == fresh.InputHash && latest.EngineVersion == EngineVersion)
            {
                if (!SameNumbers(latest, fresh))
                {
                    logger.LogWarning("Stored run {RunId} of {Year}/{OrgUnit} differs from a fresh computation on the same inputs ({Hash}); writing a new run.", latest.Id, cycle.Year, orgUnitCode, fresh.InputHash);
                }
                else
                {
                    await transaction.CommitAsync(ct);
                    return (latest, RunOutcome.Unchanged);
                }
            }

            await db.ScoreRuns.Where(r => r.CycleId == cycle.Id && r.OrgUnitCode == orgUnitCode && r.IsLatest)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.IsLatest, false), ct);
            db.ScoreRuns.Add(fresh);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return (fresh, RunOutcome.Written);
        }, cancellationToken);
    }

    /// <summary>Governorates written per transaction by <see cref="ScoreForcedAsync"/>: bounds the advisory locks held at once and the rows in flight.</summary>
    public const int BatchSize = 250;

    /// <summary>
    /// Scores many governorates of one cycle and writes a new latest run for each (a forced run, as "score now"), a batch of
    /// <see cref="BatchSize"/> governorates per transaction: the advisory locks of the whole batch taken first, in key order (so
    /// two batches never deadlock, and a per-governorate run simply waits for its pair), the inputs read as sets, every
    /// governorate computed in memory by the same <see cref="Compute"/>, the previous latest runs unmarked in one statement and
    /// the new runs written with COPY. Inputs, numbers and input hashes are those of <see cref="ScoreAsync"/>.
    /// </summary>
    public async Task<List<ScoreRun>> ScoreForcedAsync(Cycle cycle, EditionModel edition, IReadOnlyList<string> orgUnitCodes, string trigger, CancellationToken cancellationToken)
    {
        var written = new List<ScoreRun>(orgUnitCodes.Count);
        foreach (var batch in orgUnitCodes.Distinct(StringComparer.Ordinal).Chunk(BatchSize))
        {
            var strategy = db.Database.CreateExecutionStrategy();
            written.AddRange(await strategy.ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var keys = batch.Select(code => LockKey(cycle.Id, code)).Distinct().Order().ToArray();
                // A sorted subquery is not flattened into the outer query, so the locks are taken in key order.
                await db.Database.ExecuteSqlAsync($"SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT unnest({keys}) AS k ORDER BY 1) AS keys", ct);

                var inputs = await UnitInputs.LoadManyAsync(db, cycle, edition, batch, ct);
                var now = clock.GetUtcNow();
                var runs = inputs.Select(i => Compute(i, now, trigger)).ToList();

                var codes = batch;
                await db.ScoreRuns.Where(r => r.CycleId == cycle.Id && r.IsLatest && codes.Contains(r.OrgUnitCode))
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.IsLatest, false), ct);
                await BulkCopy.WriteAsync(db, runs, ct);
                await BulkCopy.WriteAsync(db, runs.SelectMany(r => r.Criteria).ToList(), ct);
                await BulkCopy.WriteAsync(db, runs.SelectMany(r => r.Indicators).ToList(), ct);
                await transaction.CommitAsync(ct);
                return runs;
            }, cancellationToken));
        }

        return written;
    }

    /// <summary>The run the engine gives for these inputs; a pure function of them but for the id, the time and the trigger.</summary>
    public static ScoreRun Compute(UnitInputs inputs, DateTimeOffset now, string trigger)
    {
        var score = ScoringEngine.Score(inputs.Framework, inputs.Results, inputs.Kind);
        var previous = inputs.Previous;
        var run = new ScoreRun
        {
            Id = Guid.NewGuid(),
            CycleId = inputs.CycleId,
            Year = inputs.Year,
            OrgUnitCode = inputs.OrgUnitCode,
            Kind = inputs.Kind,
            EditionCode = inputs.EditionCode,
            EngineVersion = EngineVersion,
            Trigger = trigger,
            ComputedAt = now,
            InputHash = inputs.Hash(),
            IsLatest = true,
            Overall = score.Overall,
            PublishedOverall = score.PublishedOverall,
            Band = score.Band,
            Coverage = score.Coverage,
            InsufficientData = score.InsufficientData,
            ValueCount = score.ValueCount,
            ApplicableCount = score.ApplicableCount,
            DeltaOverall = YearOnYear.Delta(score.Overall, previous?.Overall),
            GapClosure = YearOnYear.GapClosure(score.Overall, previous?.Overall),
            Dqi = DataQualityIndex.Compute(inputs.Quality),
        };
        var order = 0;
        foreach (var c in score.Criteria)
        {
            run.Criteria.Add(new ScoreRunCriterion
            {
                RunId = run.Id,
                Code = c.Code,
                Order = ++order,
                Score = c.Score,
                PublishedScore = c.PublishedScore,
                Band = c.Band,
                ApplicableCount = c.ApplicableCount,
                ValueCount = c.ValueCount,
                Published = c.Published,
                WeightShare = c.WeightShare,
                Delta = YearOnYear.Delta(c.Score, previous?.Criteria.GetValueOrDefault(c.Code)),
            });
        }

        var bounds = inputs.Framework.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        order = 0;
        foreach (var i in score.Indicators)
        {
            var b = bounds[i.Code];
            var range = b.Direction == IndicatorDirection.Range ? b.Range : null;
            run.Indicators.Add(new ScoreRunIndicator
            {
                RunId = run.Id,
                Code = i.Code,
                CriterionCode = i.CriterionCode,
                Order = ++order,
                Status = i.Status,
                Value = i.Value,
                Lower = range?.LowerZero ?? b.Lower,
                Target = range?.TargetLow ?? b.Target,
                TargetHigh = range?.TargetHigh,
                Upper = range?.UpperZero,
                Score = i.Score,
                PublishedScore = i.PublishedScore,
                Achievement = i.Achievement,
                Light = i.Light,
                Counted = i.Counted,
                ContributionToCriterion = i.ContributionToCriterion,
                ContributionToOverall = i.ContributionToOverall,
                Delta = YearOnYear.Delta(i.Score, previous?.Indicators.GetValueOrDefault(i.Code)),
            });
        }

        return run;
    }

    /// <summary>The numbers of two runs agree (ids, times and triggers aside).</summary>
    public static bool SameNumbers(ScoreRun a, ScoreRun b) =>
        a.Overall == b.Overall && a.PublishedOverall == b.PublishedOverall && a.Band == b.Band && a.Coverage == b.Coverage
        && a.InsufficientData == b.InsufficientData && a.DeltaOverall == b.DeltaOverall && a.Dqi == b.Dqi && a.Kind == b.Kind
        && a.Criteria.OrderBy(c => c.Order).Select(c => (c.Code, c.Score, c.Band, c.WeightShare, c.Delta))
            .SequenceEqual(b.Criteria.OrderBy(c => c.Order).Select(c => (c.Code, c.Score, c.Band, c.WeightShare, c.Delta)))
        && a.Indicators.OrderBy(i => i.Order).Select(i => (i.Code, i.Status, i.Value, i.Score, i.ContributionToOverall, i.Delta))
            .SequenceEqual(b.Indicators.OrderBy(i => i.Order).Select(i => (i.Code, i.Status, i.Value, i.Score, i.ContributionToOverall, i.Delta)));

    /// <summary>A stable 64-bit key per (cycle, governorate) for <c>pg_advisory_xact_lock</c>.</summary>
    public static long LockKey(Guid cycleId, string orgUnitCode) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"score:{cycleId:N}:{orgUnitCode}")));
}
