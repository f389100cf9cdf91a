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
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace KpiTracker.Application.Features.Scoring;

public enum RunOutcome
{
    /// <summary>A new run was written and is now the latest.</summary>
    Written,

    /// <summary>The latest run was computed from the same inputs; nothing was written.</summary>
    Unchanged,
}

/// <summary>Why a run was written: what the latest run lacked against a fresh computation.</summary>
public enum RunDifference
{
    /// <summary>Nothing: the latest run was kept.</summary>
    None,

    /// <summary>A forced run ("score now", a rescore): written whatever the latest run held.</summary>
    Forced,

    /// <summary>The governorate had no run in the cycle.</summary>
    NoRun,

    /// <summary>The inputs (or the engine version) changed since the latest run.</summary>
    InputsChanged,

    /// <summary>The same inputs gave other numbers: the engine changed without a version bump, or a stored run was altered.</summary>
    NumbersDiffered,
}

/// <summary>The latest run after scoring, whether it was written, and why.</summary>
public sealed record ScoreResult(ScoreRun Run, RunOutcome Outcome, RunDifference Difference)
{
    public void Deconstruct(out ScoreRun run, out RunOutcome outcome)
    {
        run = Run;
        outcome = Outcome;
    }
}

/// <summary>
/// Scores one governorate in one cycle and stores the run. Runs for the same (cycle, governorate) never overlap: each takes a
/// transaction-scoped PostgreSQL advisory lock before it reads, so a second one waits and then finds the first one's run; the
/// unique partial index on the latest run is the last line of defence.
/// </summary>
internal sealed class UnitScorer(AppDbContext db, IServiceScopeFactory scopes, TimeProvider clock, IScoreSignal signal, ILogger<UnitScorer> logger)
{
    /// <summary>Bump when the engine in Domain/Scoring changes the numbers it produces for the same inputs.</summary>
    public const string EngineVersion = "2026.2";

    public async Task<ScoreResult> ScoreAsync(Cycle cycle, EditionModel edition, string orgUnitCode, string trigger, bool force, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var result = await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var key = LockKey(cycle.Id, orgUnitCode);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", ct);

            var inputs = await UnitInputs.LoadAsync(db, cycle, edition, orgUnitCode, ct);
            var now = clock.GetUtcNow();
            var fresh = Compute(inputs, now, trigger);
            // A forced run is written whatever the latest one holds, so the latest is only read when it may be kept, and its
            // rows only when its inputs are the same (after a decision they are not: one query instead of three).
            var difference = RunDifference.Forced;
            if (!force)
            {
                (var latest, difference) = await LatestIfSameAsync(cycle.Id, orgUnitCode, fresh.InputHash, ct);
                if (latest is not null && SameNumbers(latest, fresh))
                {
                    await transaction.CommitAsync(ct);
                    return (Result: new ScoreResult(latest, RunOutcome.Unchanged, RunDifference.None), FollowUps: 0);
                }

                if (latest is not null)
                {
                    difference = RunDifference.NumbersDiffered;
                    logger.LogWarning("Stored run {RunId} of {Year}/{OrgUnit} differs from a fresh computation on the same inputs ({Hash}); writing a new run.", latest.Id, cycle.Year, orgUnitCode, fresh.InputHash);
                }
            }

            // The previous latest run unmarked and the new one written in one round trip (plain INSERTs: a handful of rows).
            await BulkCopy.ExecuteBatchAsync(db, WriteCommands(db, [fresh], [cycle.Id], [orgUnitCode]), ct);
            var followUps = await ScoreRequestRows.RequestNextYearAsync(db, [(cycle.Year, orgUnitCode)], now, ct);
            await transaction.CommitAsync(ct);
            return (Result: new ScoreResult(fresh, RunOutcome.Written, difference), FollowUps: followUps);
        }, cancellationToken);

        SignalFollowUps(result.FollowUps);
        return result.Result;
    }

    /// <summary>The next year's runs were asked for again (<see cref="ScoreRequestRows.RequestNextYearAsync"/>): the drain is told after the commit.</summary>
    private void SignalFollowUps(int requested)
    {
        if (requested == 0)
        {
            return;
        }

        try
        {
            signal.RequestsPending();
        }
#pragma warning disable CA1031 // The requests are committed; a lost signal only delays them until the minutely drain.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Could not signal the score job; the minutely drain will pick the next year's requests up.");
        }
    }

    /// <summary>Runs up to this many are written with plain INSERTs in one round trip; more with COPY (a round trip per table, but no parameters).</summary>
    private const int InsertLimit = 4;

    /// <summary>Unmarks the latest runs of these cycles and governorates and inserts these runs with their rows: one batch of four statements.</summary>
    private static List<NpgsqlBatchCommand> WriteCommands(AppDbContext db, List<ScoreRun> runs, Guid[] cycleIds, string[] orgUnitCodes)
    {
        var (table, isLatest) = BulkCopy.NameOf<ScoreRun>(db, nameof(ScoreRun.IsLatest));
        var cycleColumn = BulkCopy.NameOf<ScoreRun>(db, nameof(ScoreRun.CycleId)).Column;
        var unitColumn = BulkCopy.NameOf<ScoreRun>(db, nameof(ScoreRun.OrgUnitCode)).Column;
        var unmark = new NpgsqlBatchCommand($"UPDATE {table} SET {isLatest} = false WHERE {cycleColumn} = ANY($1) AND {unitColumn} = ANY($2) AND {isLatest}")
        {
            Parameters = { new NpgsqlParameter { Value = cycleIds }, new NpgsqlParameter { Value = orgUnitCodes } },
        };
        return
        [
            unmark,
            BulkCopy.InsertCommand(db, runs),
            BulkCopy.InsertCommand(db, runs.SelectMany(r => r.Criteria).ToList()),
            BulkCopy.InsertCommand(db, runs.SelectMany(r => r.Indicators).ToList()),
        ];
    }

    /// <summary>
    /// The latest run of the governorate in the cycle with its rows, when it was computed from these inputs by this engine;
    /// otherwise null, with what it lacked (no run, or other inputs or engine).
    /// </summary>
    private async Task<(ScoreRun? Latest, RunDifference Difference)> LatestIfSameAsync(Guid cycleId, string orgUnitCode, string inputHash, CancellationToken cancellationToken)
    {
        var latest = await db.ScoreRuns.AsNoTracking().FirstOrDefaultAsync(r => r.CycleId == cycleId && r.OrgUnitCode == orgUnitCode && r.IsLatest, cancellationToken);
        if (latest is null)
        {
            return (null, RunDifference.NoRun);
        }

        if (latest.InputHash != inputHash || latest.EngineVersion != EngineVersion)
        {
            return (null, RunDifference.InputsChanged);
        }

        return ((await ScoreRunRows.FillAsync(db, [latest], cancellationToken))[0], RunDifference.None);
    }

    /// <summary>
    /// (cycle, governorate) pairs written per transaction by the forced score runs: bounds the advisory locks held at once and the
    /// rows in flight. 1,000 (was 250): the batch's items are read with one hash join that scans the whole revisions table, so a
    /// batch of 1,000 pairs scans it 10 times for 10,000 pairs where 250 scanned it 40 times. With <see cref="Lanes"/> batches at
    /// once that is 2,000 advisory locks, within PostgreSQL's default lock table (max_locks_per_transaction 64 × max_connections
    /// 100 = 6,400 locks shared by all sessions); a server with far fewer connections needs max_locks_per_transaction raised.
    /// </summary>
    public const int BatchSize = 1000;

    /// <summary>Scores many governorates of one cycle and writes a new latest run for each; see <see cref="ScoreForcedAsync(IReadOnlyList{ValueTuple{Cycle, EditionModel}}, IReadOnlyList{string}, string, CancellationToken, int)"/>.</summary>
    public Task<List<ScoreRun>> ScoreForcedAsync(Cycle cycle, EditionModel edition, IReadOnlyList<string> orgUnitCodes, string trigger, CancellationToken cancellationToken) =>
        ScoreForcedAsync([(cycle, edition)], orgUnitCodes, trigger, cancellationToken);

    /// <summary>
    /// Batches of a forced run scored at the same time, each on its own connection and transaction: while PostgreSQL reads or writes
    /// one batch, this process computes and hashes the other's runs, so the engine's time overlaps with the database's instead of
    /// adding to it. Two, because the engine and PostgreSQL are the two things that work; more would only queue for the same cores.
    /// </summary>
    public const int Lanes = 2;

    /// <summary>Pairs a batch must have at least before a run that fits one batch is split between the lanes.</summary>
    private const int MinLanePairs = 50;

    /// <summary>
    /// Scores many governorates in one or several cycles and writes a new latest run for each pair (a forced run, as "score now"),
    /// the cycles in year order. Per transaction a batch of governorates with every cycle, at most <see cref="BatchSize"/> pairs:
    /// the advisory locks of the whole batch taken first, in key order (so two batches never deadlock, and a per-governorate run
    /// simply waits for its pair), every table read once for all the batch's cycles, every pair computed in memory by the same
    /// <see cref="Compute"/>, the previous latest runs unmarked in one statement and the new runs written with COPY. A cycle whose
    /// year before is also scored takes last year's scores from the run just computed for it (what it would read back once that
    /// run is written: runs are stored at full precision); otherwise they are read from that year's latest runs. So inputs,
    /// numbers and input hashes are those of scoring the cycles one after another with <see cref="ScoreAsync"/>.
    /// Batches hold disjoint governorates, so they are independent; with more than one, up to <see cref="Lanes"/> of them run at
    /// once (the second on a context of its own scope). The runs are returned in the order of a one-lane run: batch by batch,
    /// each in year order, governorates in the order given. <paramref name="batchSize"/> is <see cref="BatchSize"/> but in tests of
    /// the batching itself.
    /// </summary>
    public async Task<List<ScoreRun>> ScoreForcedAsync(IReadOnlyList<(Cycle Cycle, EditionModel Edition)> cycles, IReadOnlyList<string> orgUnitCodes, string trigger, CancellationToken cancellationToken, int batchSize = BatchSize)
    {
        var ordered = cycles.OrderBy(c => c.Cycle.Year).ToList();
        if (ordered.Count == 0)
        {
            return [];
        }

        var codes = orgUnitCodes.Distinct(StringComparer.Ordinal).ToArray();
        var perBatch = Math.Max(1, batchSize / ordered.Count);
        // A run that fits one batch but has at least Lanes × MinLanePairs pairs (a cycle of 1,000 units; the 10-year command of a
        // country's 11 governorates, 110 pairs) is split between the lanes, so that they have work to overlap. A smaller one (one
        // cycle of the 11 governorates) stays one transaction: split in two, its round trips double (the 10-year command went from
        // 10 to 18 SQL commands) and its rows do not get cheaper.
        if (codes.Length * ordered.Count >= Lanes * MinLanePairs && codes.Length <= perBatch)
        {
            perBatch = (codes.Length + Lanes - 1) / Lanes;
        }
        var batches = codes.Chunk(perBatch).ToArray();
        if (batches.Length <= 1)
        {
            return batches.Length == 0 ? [] : await ScoreBatchAsync(db, ordered, batches[0], trigger, cancellationToken);
        }

        var results = new List<ScoreRun>[batches.Length];
        var next = -1;
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        async Task LaneAsync(AppDbContext lane)
        {
            try
            {
                for (var i = Interlocked.Increment(ref next); i < batches.Length; i = Interlocked.Increment(ref next))
                {
                    results[i] = await ScoreBatchAsync(lane, ordered, batches[i], trigger, failed.Token);
                }
            }
            catch
            {
                // The other lane stops at its next statement; its committed batches stay, as a one-lane run's would.
                await failed.CancelAsync();
                throw;
            }
        }

        await using var scope = scopes.CreateAsyncScope();
        var lanes = new List<Task> { LaneAsync(db) };
        for (var l = 1; l < Lanes; l++)
        {
            lanes.Add(LaneAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>()));
        }

        await Task.WhenAll(lanes);
        return [.. results.SelectMany(r => r)];
    }

    /// <summary>One batch of <see cref="ScoreForcedAsync(IReadOnlyList{ValueTuple{Cycle, EditionModel}}, IReadOnlyList{string}, string, CancellationToken, int)"/>: one transaction on this context.</summary>
    private async Task<List<ScoreRun>> ScoreBatchAsync(AppDbContext lane, List<(Cycle Cycle, EditionModel Edition)> ordered, string[] batch, string trigger, CancellationToken cancellationToken)
    {
        var cycleIds = ordered.Select(c => c.Cycle.Id).ToArray();
        var years = ordered.Select(c => c.Cycle.Year).ToHashSet();
        // Last years that are not scored here are read from the database; the others come from this batch.
        var readYears = ordered.Select(c => c.Cycle.Year - 1).Where(y => !years.Contains(y)).Distinct().ToArray();
        var strategy = lane.Database.CreateExecutionStrategy();
        var written = await strategy.ExecuteAsync(async ct =>
        {
            lane.ChangeTracker.Clear();
            await using var transaction = await lane.Database.BeginTransactionAsync(ct);
            var keys = cycleIds.SelectMany(id => batch.Select(code => LockKey(id, code))).Distinct().Order().ToArray();
            // A sorted subquery is not flattened into the outer query, so the locks are taken in key order.
            await lane.Database.ExecuteSqlAsync($"SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT unnest({keys}) AS k ORDER BY 1) AS keys", ct);

            var rows = await UnitInputs.ReadRowsAsync(lane, cycleIds, batch, ct);
            var read = await UnitInputs.PreviousAsync(lane, readYears, batch, ct);
            var now = clock.GetUtcNow();
            var runs = new List<ScoreRun>(batch.Length * ordered.Count);
            var computed = new Dictionary<(int Year, string OrgUnitCode), PreviousScores>();
            foreach (var (cycle, edition) in ordered)
            {
                var lastYear = cycle.Year - 1;
                foreach (var code in batch)
                {
                    var previous = years.Contains(lastYear) ? computed.GetValueOrDefault((lastYear, code)) : read.GetValueOrDefault((lastYear, code));
                    var run = Compute(rows.Build(cycle, edition, code, previous), now, trigger);
                    computed[(cycle.Year, code)] = PreviousScores.Of(run);
                    runs.Add(run);
                }
            }

            await WriteAsync(lane, runs, cycleIds, batch, ct);
            // A year after the last one scored here read these runs for Δ: it is asked for again.
            var followUps = await ScoreRequestRows.RequestNextYearAsync(
                lane, [.. runs.Where(r => !years.Contains(r.Year + 1)).Select(r => (r.Year, r.OrgUnitCode))], now, ct);
            await transaction.CommitAsync(ct);
            return (Runs: runs, FollowUps: followUps);
        }, cancellationToken);
        SignalFollowUps(written.FollowUps);
        return written.Runs;
    }

    /// <summary>
    /// Writes a batch's new runs as the latest ones, in the caller's transaction: the previous latest runs of these cycles and
    /// governorates unmarked, then the runs with their criterion and indicator rows. A handful of runs (one governorate's "score
    /// now") go in one round trip of plain INSERTs; more with COPY, in id order.
    /// </summary>
    internal static async Task WriteAsync(AppDbContext lane, List<ScoreRun> runs, Guid[] cycleIds, string[] batch, CancellationToken cancellationToken)
    {
        if (runs.Count <= InsertLimit)
        {
            await BulkCopy.ExecuteBatchAsync(lane, WriteCommands(lane, runs, cycleIds, batch), cancellationToken);
            return;
        }

        await lane.ScoreRuns.Where(r => cycleIds.Contains(r.CycleId) && r.IsLatest && batch.Contains(r.OrgUnitCode))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.IsLatest, false), cancellationToken);
        // In id order: the batch's runs share one time, so their version-7 ids differ only in the random bits, and rows written in
        // the order they were computed would go to random places among the batch's keys in the three primary-key indexes (pages
        // split in the middle and left half full); in key order each index is appended to page after page (docs/PERFORMANCE.md (b)).
        var byId = runs.OrderBy(r => r.Id).ToList();
        await BulkCopy.WriteAsync(lane, byId, cancellationToken);
        await BulkCopy.WriteAsync(lane, byId.SelectMany(r => r.Criteria).ToList(), cancellationToken);
        await BulkCopy.WriteAsync(lane, byId.SelectMany(r => r.Indicators).ToList(), cancellationToken);
    }

    /// <summary>The run the engine gives for these inputs; a pure function of them but for the id, the time and the trigger.</summary>
    public static ScoreRun Compute(UnitInputs inputs, DateTimeOffset now, string trigger)
    {
        var score = ScoringEngine.Score(inputs.Framework, inputs.Results, inputs.Kind);
        var previous = inputs.Previous;
        var quality = DataQualityIndex.Components(inputs.Quality);
        var run = new ScoreRun
        {
            // Time-ordered (UUID version 7, its first 48 bits the time): a run's rows go to the right-hand end of the primary-key
            // indexes of the runs and their criterion and indicator rows, not to a random page of indexes that grow with every run kept.
            Id = Guid.CreateVersion7(now),
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
            Dqi = quality.Index,
            DqiCompleteness = quality.Completeness,
            DqiTimeliness = quality.Timeliness,
            DqiFirstPassAcceptance = quality.FirstPassAcceptance,
            DqiEvidenceReviewed = quality.EvidenceReviewed,
            DqiItemsWithoutOpenFlags = quality.ItemsWithoutOpenFlags,
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

        // The engine gives the indicators in the framework's order, so each one's bounds are at the same position.
        var framework = inputs.Framework.Indicators;
        order = 0;
        foreach (var i in score.Indicators)
        {
            var b = framework[order];
            if (!string.Equals(b.Code, i.Code, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The engine returned {i.Code} where the framework has {b.Code}.");
            }

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
        && (a.DqiCompleteness, a.DqiTimeliness, a.DqiFirstPassAcceptance, a.DqiEvidenceReviewed, a.DqiItemsWithoutOpenFlags)
            == (b.DqiCompleteness, b.DqiTimeliness, b.DqiFirstPassAcceptance, b.DqiEvidenceReviewed, b.DqiItemsWithoutOpenFlags)
        && a.Criteria.OrderBy(c => c.Order).Select(c => (c.Code, c.Score, c.Band, c.WeightShare, c.Delta))
            .SequenceEqual(b.Criteria.OrderBy(c => c.Order).Select(c => (c.Code, c.Score, c.Band, c.WeightShare, c.Delta)))
        && a.Indicators.OrderBy(i => i.Order).Select(i => (i.Code, i.Status, i.Value, i.Score, i.ContributionToOverall, i.Delta))
            .SequenceEqual(b.Indicators.OrderBy(i => i.Order).Select(i => (i.Code, i.Status, i.Value, i.Score, i.ContributionToOverall, i.Delta)));

    /// <summary>A stable 64-bit key per (cycle, governorate) for <c>pg_advisory_xact_lock</c>.</summary>
    public static long LockKey(Guid cycleId, string orgUnitCode) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"score:{cycleId:N}:{orgUnitCode}")));
}
