using KpiTracker.Application.Data.Scoring;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>The forced score runs ("score now", a rescore of history): many governorates, one or several cycles, in batches.</summary>
internal sealed partial class UnitScorer
{
    /// <summary>
    /// (cycle, governorate) pairs written per transaction: bounds the advisory locks held at once and the rows in flight. A batch's
    /// items are read with one hash join that scans the revisions table, so fewer, larger batches scan it fewer times (1,000
    /// against 250: a quarter of the scans). With <see cref="Lanes"/> batches at once that is 2,000 advisory locks, within
    /// PostgreSQL's default lock table (max_locks_per_transaction 64 × max_connections 100 = 6,400 locks shared by all sessions).
    /// </summary>
    public const int BatchSize = 1000;

    /// <summary>
    /// Batches scored at the same time: while PostgreSQL reads or writes one batch, this process computes the other's runs. Two,
    /// because the engine and PostgreSQL are the two things that work; more would only queue for the same cores.
    /// </summary>
    private const int Lanes = 2;

    /// <summary>A run with at least this many pairs is split into at least <see cref="Lanes"/> batches, so that they overlap.</summary>
    private const int SplitFrom = 100;

    /// <summary>Scores many governorates of one cycle and writes a new latest run for each.</summary>
    public Task<List<ScoreRun>> ScoreForcedAsync(Cycle cycle, EditionModel edition, IReadOnlyList<string> orgUnitCodes, string trigger, CancellationToken cancellationToken) =>
        ScoreForcedAsync([(cycle, edition)], orgUnitCodes, trigger, cancellationToken);

    /// <summary>
    /// Scores many governorates in one or several cycles and writes a new latest run for each pair, whatever the latest run held.
    /// Per transaction a batch of governorates with every cycle: every table read once for all of them, the cycles in year order,
    /// a cycle whose year before is also scored taking last year's scores from the run just computed for it (what it would read
    /// back: runs are stored at full precision). So inputs, numbers and hashes are those of scoring the cycles one after another
    /// with <see cref="ScoreAsync"/>. Batches hold disjoint governorates, so they run side by side, up to <see cref="Lanes"/> at
    /// once; if one fails the others stop at their next statement, and batches already committed stay. The runs are returned
    /// batch by batch, each in year order, governorates in the order given. <paramref name="batchSize"/> is for tests.
    /// </summary>
    public async Task<List<ScoreRun>> ScoreForcedAsync(IReadOnlyList<(Cycle Cycle, EditionModel Edition)> cycles, IReadOnlyList<string> orgUnitCodes, string trigger, CancellationToken cancellationToken, int batchSize = BatchSize)
    {
        var ordered = cycles.OrderBy(c => c.Cycle.Year).ToList();
        var codes = orgUnitCodes.Distinct(StringComparer.Ordinal).ToArray();
        if (ordered.Count == 0 || codes.Length == 0)
        {
            return [];
        }

        var perBatch = Math.Max(1, batchSize / ordered.Count);
        // A run of one batch with enough pairs (a cycle of 1,000 units; ten years of 11 governorates) is halved, so that the lanes
        // have work to overlap; a small one (one cycle of 11 governorates) stays one transaction, as its round trips would double.
        if (codes.Length * ordered.Count >= SplitFrom && codes.Length <= perBatch)
        {
            perBatch = (codes.Length + Lanes - 1) / Lanes;
        }

        var batches = codes.Chunk(perBatch).ToArray();
        var results = new List<ScoreRun>[batches.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Lanes, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, batches.Length), options, async (i, ct) =>
            results[i] = await ScoreBatchAsync(ordered, batches[i], trigger, ct));
        return [.. results.SelectMany(r => r)];
    }

    /// <summary>One batch of <see cref="ScoreForcedAsync(IReadOnlyList{ValueTuple{Cycle, EditionModel}}, IReadOnlyList{string}, string, CancellationToken, int)"/>: one transaction.</summary>
    private async Task<List<ScoreRun>> ScoreBatchAsync(List<(Cycle Cycle, EditionModel Edition)> ordered, string[] batch, string trigger, CancellationToken cancellationToken)
    {
        var cycleIds = ordered.Select(c => c.Cycle.Id).ToArray();
        var years = ordered.Select(c => c.Cycle.Year).ToHashSet();
        // Last years that are not scored here are read from the database; the others come from this batch.
        var readYears = ordered.Select(c => c.Cycle.Year - 1).Where(y => !years.Contains(y)).Distinct().ToArray();
        var keys = cycleIds.SelectMany(id => batch.Select(code => LockKey(id, code))).ToArray();
        var (runs, followUps) = await InTransactionAsync(keys, async (db, ct) =>
        {
            var rows = await ScoringRows.ReadAsync(db, cycleIds, batch, ct);
            var read = await PreviousScores.ReadAsync(db, readYears, batch, ct);
            var now = clock.GetUtcNow();
            var written = new List<ScoreRun>(batch.Length * ordered.Count);
            var computed = new Dictionary<(int Year, string OrgUnitCode), PreviousScores>();
            foreach (var (cycle, edition) in ordered)
            {
                var lastYear = cycle.Year - 1;
                foreach (var code in batch)
                {
                    var previous = years.Contains(lastYear) ? computed.GetValueOrDefault((lastYear, code)) : read.GetValueOrDefault((lastYear, code));
                    var run = Compute(rows.Build(cycle, edition, code, previous), now, trigger);
                    computed[(cycle.Year, code)] = PreviousScores.Of(run);
                    written.Add(run);
                }
            }

            await WriteAsync(db, written, cycleIds, batch, ct);
            // A year after the last one scored here read these runs for Δ: it is asked for again.
            var requested = await ScoreRequestRows.RequestNextYearAsync(
                db, [.. written.Where(r => !years.Contains(r.Year + 1)).Select(r => (r.Year, r.OrgUnitCode))], now, ct);
            return (written, requested);
        }, cancellationToken);
        SignalFollowUps(followUps);
        return runs;
    }
}
