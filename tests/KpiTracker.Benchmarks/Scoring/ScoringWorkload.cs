using KpiTracker.Application.Data;
using KpiTracker.Application.Data.Scoring;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Application.Features.Scoring.ScoreCycles;
using KpiTracker.Benchmarks.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KpiTracker.Benchmarks.Scoring;

/// <summary>
/// What (a) and (b) time, on a seeded database: scoring every cycle end to end through the application, against the floor of
/// merely reading the rows scoring reads, with two steps in between that show where the time goes.
/// </summary>
public sealed class ScoringWorkload(BenchApp app, BenchDatabase database)
{
    private List<UnitInputs> _inputs = [];
    private List<ScoreRun> _runs = [];

    /// <summary>Items (cycle × unit × indicator) the workload reads.</summary>
    public int Rows { get; private set; }

    /// <summary>Units scored per cycle.</summary>
    public int Units { get; private set; }

    /// <summary>The planner's statistics gathered (see <see cref="BenchDatabase.AnalyzeAsync"/>).</summary>
    public Task AnalyzeAsync() => database.AnalyzeAsync();

    /// <summary>
    /// The floor: the rows scoring reads (every item of every cycle with its current revision's value and evidence count, its
    /// timestamps and counters, whether it has a flag and an open flag, and the cycle's target overrides), read as plainly as
    /// PostgreSQL allows: one SQL query per cycle and table on the application's connection, every row materialised.
    /// Returns the number of rows read.
    /// </summary>
    public async Task<int> ReadFloorAsync()
    {
        await using var connection = new NpgsqlConnection(database.AppConnectionString);
        await connection.OpenAsync();
        var cycles = new List<Guid>();
        await using (var list = new NpgsqlCommand("SELECT id FROM cycles ORDER BY year", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                cycles.Add(reader.GetGuid(0));
            }
        }

        await using var items = new NpgsqlCommand("""
            SELECT s.org_unit_code, s.indicator_code, s.state, s.first_submitted_at, s.submit_count, s.return_count, r.value, r.evidence_count,
                   f.submission_id IS NOT NULL, coalesce(f.open, false)
            FROM submissions s LEFT JOIN revisions r ON r.submission_id = s.id AND r.number = s.current_revision
            LEFT JOIN (SELECT submission_id, bool_or(status = 'open') AS open FROM submission_flags WHERE cycle_id = @c GROUP BY submission_id) f
              ON f.submission_id = s.id
            WHERE s.cycle_id = @c
            """, connection);
        var item = items.Parameters.AddWithValue("c", Guid.Empty);
        await using var overrides = new NpgsqlCommand("SELECT org_unit_code, indicator_code, lower, target FROM cycle_target_overrides WHERE cycle_id = @c", connection);
        var over = overrides.Parameters.AddWithValue("c", Guid.Empty);
        var rows = new List<FloorRow>();
        var read = 0;
        foreach (var cycleId in cycles)
        {
            item.Value = cycleId;
            await using (var reader = await items.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    rows.Add(new FloorRow(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                        reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3), reader.GetInt32(4), reader.GetInt32(5),
                        reader.IsDBNull(6) ? null : reader.GetDecimal(6), reader.IsDBNull(7) ? 0 : reader.GetInt32(7), reader.GetBoolean(8), reader.GetBoolean(9)));
                }
            }

            over.Value = cycleId;
            await using (var reader = await overrides.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    read++;
                }
            }

            read += rows.Count;
            rows.Clear();
        }

        return read;
    }

    private sealed record FloorRow(string Unit, string Indicator, string State, DateTimeOffset? FirstSubmittedAt, int SubmitCount, int ReturnCount,
        decimal? Value, int EvidenceCount, bool Flagged, bool OpenFlag);

    /// <summary>
    /// The application's own reads for every cycle and unit, as the full-cycle score run does them (UnitInputs.LoadManyAsync: overrides,
    /// items with their current revision and flags, last year's runs, a batch of units at a time), without scoring or writing.
    /// </summary>
    public async Task<int> ReadPerUnitAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var inputs = await LoadAllAsync(db);
        return inputs.Sum(i => i.Results.Count);
    }

    /// <summary>The engine alone (scores, contributions, Δ, DQI and the input hash) on inputs read beforehand by <see cref="PrepareEngineAsync"/>.</summary>
    public int EngineOnly()
    {
        var now = DateTimeOffset.UtcNow;
        var indicators = 0;
        foreach (var input in _inputs)
        {
            indicators += UnitScorer.Compute(input, now, "benchmark").Indicators.Count;
        }

        return indicators;
    }

    /// <summary>
    /// Writing alone: the runs of a whole pass (every cycle and unit), computed beforehand by <see cref="PrepareWrites"/> from the
    /// inputs of <see cref="PrepareEngineAsync"/>, written by the product's writer (<c>UnitScorer.WriteAsync</c>: the previous latest
    /// runs unmarked, then runs, criterion and indicator rows by COPY in id order) in the product's batches (all cycles of
    /// <see cref="UnitScorer.BatchSize"/> / cycles units per transaction), one batch after another on one connection: what the
    /// pass writes, without its reads, engine, advisory locks or lanes. Returns the number of runs written.
    /// </summary>
    public async Task<int> WriteOnlyAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cycleIds = _runs.Select(r => r.CycleId).Distinct().ToArray();
        var perBatch = Math.Max(1, UnitScorer.BatchSize / cycleIds.Length);
        var byUnit = _runs.ToLookup(r => r.OrgUnitCode);
        var units = _runs.Select(r => r.OrgUnitCode).Distinct().ToArray();
        var strategy = db.Database.CreateExecutionStrategy();
        foreach (var batch in units.Chunk(perBatch))
        {
            var runs = batch.SelectMany(u => byUnit[u]).ToList();
            await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                await UnitScorer.WriteAsync(db, runs, cycleIds, batch, CancellationToken.None);
                await transaction.CommitAsync();
            });
        }

        var written = _runs.Count;
        _runs = [];
        return written;
    }

    /// <summary>Computes a pass's runs for <see cref="WriteOnlyAsync"/> (new ids each time, so each pass writes new runs).</summary>
    public void PrepareWrites()
    {
        var now = DateTimeOffset.UtcNow;
        _runs = [.. _inputs.Select(i => UnitScorer.Compute(i, now, "benchmark"))];
    }

    public async Task PrepareEngineAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        _inputs = await LoadAllAsync(db);
        Units = _inputs.Select(i => i.OrgUnitCode).Distinct().Count();
        Rows = await db.Submissions.CountAsync();
    }

    /// <summary>
    /// End to end, the way the central team's "score now" does it (ScoreCycleCommand through the mediator, as the system): for each
    /// cycle in year order, a batch of units per transaction under their advisory locks, reads as sets, engine and input hash per
    /// unit, and a new run per unit (overall, 7 criteria, 35 indicators) written as the latest. Returns the number of runs written.
    /// </summary>
    public async Task<int> ScoreEndToEndAsync()
    {
        var runs = 0;
        foreach (var year in Seeding.Years)
        {
            var result = await app.SendAsync(new ScoreCycleCommand(year));
            runs += result.Value.Runs.Count;
        }

        return runs;
    }

    /// <summary>
    /// End to end, every cycle in one command, as the central team rescores history (ScoreCyclesCommand from the first year to
    /// the last, through the mediator, as the system): per batch of units one transaction with the advisory locks of every
    /// (cycle, unit) pair, each table read once for all cycles, each year's Δ from the run just computed for the year before, and
    /// the runs of all cycles written with COPY. Returns the number of runs written.
    /// </summary>
    public async Task<int> ScoreHistoryAsync()
    {
        var result = await app.SendAsync(new ScoreCyclesCommand(Seeding.Years[0], Seeding.Years[^1]));
        return result.Value.Cycles.Sum(c => c.Runs.Count);
    }

    /// <summary>
    /// A sample of (cycle, unit) pairs for (b): <paramref name="perCycle"/> units of every cycle, spread evenly over the units in
    /// their order, a different offset per cycle.
    /// </summary>
    public async Task<List<(int Year, string Unit)>> SampleAsync(int perCycle)
    {
        var units = await app.WithDbAsync(db => db.OrgUnits.AsNoTracking().Where(o => o.Kind == Domain.Organisation.OrgUnitKind.Governorate)
            .OrderBy(o => o.Order).Select(o => o.Code).ToListAsync());
        var step = units.Count / perCycle;
        return [.. Seeding.Years.SelectMany((year, y) => Enumerable.Range(0, perCycle).Select(k => (year, units[((k * step) + (y * 7)) % units.Count])))];
    }

    /// <summary>The sample end to end: ScoreCycleCommand for one unit at a time (a one-unit batch: lock, reads, engine, write, commit).</summary>
    public async Task<int> ScoreSampleAsync(List<(int Year, string Unit)> sample)
    {
        var runs = 0;
        foreach (var (year, unit) in sample)
        {
            runs += (await app.SendAsync(new ScoreCycleCommand(year, unit))).Value.Runs.Count;
        }

        return runs;
    }

    /// <summary>Counts for the report, without reading every unit's inputs.</summary>
    public async Task CountAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Units = await db.OrgUnits.CountAsync(o => o.Kind == Domain.Organisation.OrgUnitKind.Governorate);
        Rows = await db.Submissions.CountAsync();
    }

    private static async Task<List<UnitInputs>> LoadAllAsync(AppDbContext db)
    {
        var cycles = await db.Cycles.AsNoTracking().OrderBy(c => c.Year).ToListAsync();
        var units = await db.OrgUnits.AsNoTracking().Where(o => o.Kind == Domain.Organisation.OrgUnitKind.Governorate).OrderBy(o => o.Order).Select(o => o.Code).ToListAsync();
        var all = new List<UnitInputs>();
        foreach (var cycle in cycles)
        {
            var edition = await EditionModel.LoadAsync(db, cycle.EditionId, CancellationToken.None);
            foreach (var batch in units.Chunk(UnitScorer.BatchSize))
            {
                all.AddRange(await UnitInputs.LoadManyAsync(db, cycle, edition, batch, CancellationToken.None));
            }
        }

        return all;
    }
}
