using System.Diagnostics;
using KpiTracker.Benchmarks.Infrastructure;
using static KpiTracker.Benchmarks.Infrastructure.Stats;

namespace KpiTracker.Benchmarks.Scoring;

/// <summary>
/// (b) Issue #5: 1,000 organisation units × 35 indicators × 10 cycles (350,000 values), the same four steps as (a) timed with a
/// stopwatch (one end-to-end pass takes minutes, too long for BenchmarkDotNet's repeated iterations on this machine). Order:
/// warm-up (the floor once, one cycle scored), then the floor 3 times, the application's reads once, the engine once, and the
/// end-to-end scoring of every cycle the given number of rounds. Allocation is the process-wide allocated bytes.
/// </summary>
public static class ScaleBenchmark
{
    public static async Task RunAsync(ScoringWorkload workload, BenchApp app, int rounds)
    {
        await workload.ReadFloorAsync();
        await app.SendAsync(new Application.Features.Scoring.ScoreCycle.ScoreCycleCommand(Seeding.Years[0]));

        var floor = new List<(double Ms, long Bytes)>();
        for (var i = 0; i < 3; i++)
        {
            floor.Add(await TimeAsync(workload.ReadFloorAsync));
        }

        var reads = await TimeAsync(async () => { await workload.PrepareEngineAsync(); return 0; });
        var engine = await TimeAsync(() => Task.FromResult(workload.EngineOnly()));
        var score = new List<(double Ms, long Bytes)>();
        for (var i = 0; i < rounds; i++)
        {
            score.Add(await TimeAsync(workload.ScoreEndToEndAsync));
        }

        var floorMs = Median(floor.Select(f => f.Ms).ToList());
        var floorBytes = floor.Select(f => f.Bytes).Order().ElementAt(floor.Count / 2);
        var scoreMs = Median(score.Select(f => f.Ms).ToList());
        var scoreBytes = score.Select(f => f.Bytes).Order().ElementAt(score.Count / 2);
        Line("");
        Line($"(b) {workload.Units} units × 35 indicators × {Seeding.Years.Length} cycles ({workload.Rows} items); {Environment.ProcessorCount} cores; load average {LoadAverage()}; {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Line("");
        Line("| Step | time | ratio to floor | allocated | alloc ratio |");
        Line("|---|---|---|---|---|");
        Line($"| Floor: read the rows (baseline, median of {floor.Count}) | {Ms(floorMs)} | 1.00× | {Mb(floorBytes)} | 1.00× |");
        Line($"| App reads only (UnitInputs per cycle × unit) | {Ms(reads.Ms)} | {Ratio(reads.Ms / floorMs)} | {Mb(reads.Bytes)} | {Ratio((double)reads.Bytes / floorBytes)} |");
        Line($"| Engine only (in memory) | {Ms(engine.Ms)} | {Ratio(engine.Ms / floorMs)} | {Mb(engine.Bytes)} | {Ratio((double)engine.Bytes / floorBytes)} |");
        Line($"| Score end to end (ScoreCycleCommand × 10, median of {score.Count}) | {Ms(scoreMs)} | {Ratio(scoreMs / floorMs)} | {Mb(scoreBytes)} | {Ratio((double)scoreBytes / floorBytes)} |");
    }

    private static async Task<(double Ms, long Bytes)> TimeAsync(Func<Task<int>> action)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        await action();
        var ms = clock.Elapsed.TotalMilliseconds;
        return (ms, GC.GetTotalAllocatedBytes(precise: true) - before);
    }
}
