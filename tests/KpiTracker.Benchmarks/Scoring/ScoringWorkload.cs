using KpiTracker.Application.Data;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Benchmarks.Infrastructure;
using KpiTracker.Domain.Collection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.Benchmarks.Scoring;

/// <summary>
/// What (a) and (b) time, on a seeded database: scoring every cycle end to end through the application, against the floor of
/// merely reading the rows scoring reads, with two steps in between that show where the time goes.
/// </summary>
public sealed class ScoringWorkload(BenchApp app)
{
    private List<UnitInputs> _inputs = [];

    /// <summary>Items (cycle × unit × indicator) the workload reads.</summary>
    public int Rows { get; private set; }

    /// <summary>Units scored per cycle.</summary>
    public int Units { get; private set; }

    /// <summary>
    /// The floor: the rows scoring reads (every item of every cycle with its current revision's value and evidence count, its
    /// timestamps and counters, whether it has a flag and an open flag, and the cycle's target overrides), one query per cycle
    /// and table, no tracking. Returns the number of items read.
    /// </summary>
    public async Task<int> ReadFloorAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cycles = await db.Cycles.AsNoTracking().OrderBy(c => c.Year).Select(c => c.Id).ToListAsync();
        var read = 0;
        foreach (var cycleId in cycles)
        {
            var overrides = await db.CycleTargetOverrides.AsNoTracking().Where(o => o.CycleId == cycleId).ToListAsync();
            var items = await db.Submissions.AsNoTracking()
                .Where(s => s.CycleId == cycleId)
                .Select(s => new
                {
                    s.OrgUnitCode,
                    s.IndicatorCode,
                    s.State,
                    Current = s.Revisions.Where(r => r.Number == s.CurrentRevision).Select(r => new { r.Value, r.EvidenceCount }).FirstOrDefault(),
                    s.FirstSubmittedAt,
                    s.SubmitCount,
                    s.ReturnCount,
                    Flagged = db.SubmissionFlags.Any(f => f.SubmissionId == s.Id),
                    OpenFlag = db.SubmissionFlags.Any(f => f.SubmissionId == s.Id && f.Status == FlagStatus.Open),
                })
                .ToListAsync();
            read += items.Count + overrides.Count;
        }

        return read;
    }

    /// <summary>The application's own reads (UnitInputs.LoadAsync: overrides, items, last year's run) for every cycle and unit, without scoring or writing.</summary>
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
    /// cycle in year order, every unit in its own transaction under its advisory lock, reads, engine, input hash, and a new run
    /// (overall, 7 criteria, 35 indicators) written as the latest. Returns the number of runs written.
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

    /// <summary>One cycle end to end, for the profile of (b).</summary>
    public async Task<int> ScoreOneCycleAsync(int year) => (await app.SendAsync(new ScoreCycleCommand(year))).Value.Runs.Count;

    private static async Task<List<UnitInputs>> LoadAllAsync(AppDbContext db)
    {
        var cycles = await db.Cycles.AsNoTracking().OrderBy(c => c.Year).ToListAsync();
        var units = await db.OrgUnits.AsNoTracking().Where(o => o.Kind == Domain.Organisation.OrgUnitKind.Governorate).OrderBy(o => o.Order).Select(o => o.Code).ToListAsync();
        var all = new List<UnitInputs>();
        foreach (var cycle in cycles)
        {
            var edition = await EditionModel.LoadAsync(db, cycle.EditionId, CancellationToken.None);
            foreach (var unit in units)
            {
                all.Add(await UnitInputs.LoadAsync(db, cycle, edition, unit, CancellationToken.None));
            }
        }

        return all;
    }
}
