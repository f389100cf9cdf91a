using System.Diagnostics;
using KpiTracker.Benchmarks.Infrastructure;
using static KpiTracker.Benchmarks.Infrastructure.Stats;

namespace KpiTracker.Benchmarks.Scoring;

/// <summary>
/// (b) Issue #5: 1,000 organisation units × 35 indicators × 10 cycles (350,000 values), timed with a stopwatch. The floor reads
/// all 350,000 rows (median of 3, after one warm-up). Scoring all 10,000 (cycle, unit) pairs end to end would take hours on
/// this code (one unit's read costs a sort of the whole revisions table, see docs/PERFORMANCE.md), so the application's steps
/// run on a sample, <c>perCycle</c> units of every cycle spread over the 1,000, and the full pass is projected from the
/// sample's time per unit (each unit is scored by its own transaction and reads, so the pass is that cost times 10,000).
/// Allocation is the process-wide allocated bytes.
/// </summary>
public static class ScaleBenchmark
{
    public static async Task RunAsync(ScoringWorkload workload, BenchApp app, int perCycle)
    {
        await workload.CountAsync();
        var sample = await workload.SampleAsync(perCycle);
        await workload.ReadFloorAsync();
        await workload.ScoreSampleAsync(sample.Take(2).ToList());

        var floor = new List<(double Ms, long Bytes)>();
        for (var i = 0; i < 3; i++)
        {
            floor.Add(await TimeAsync(workload.ReadFloorAsync));
        }

        using var profile = new SqlProfile();
        var reads = await TimeAsync(() => workload.ReadSampleAsync(sample));
        var engine = await TimeAsync(() => Task.FromResult(workload.EngineOnly()));
        var (scoreMs, commands, inCommands) = await profile.MeasureAsync(() => workload.ScoreSampleAsync(sample));
        var pairs = workload.Units * Seeding.Years.Length;
        var scale = (double)pairs / sample.Count;

        var floorMs = Median(floor.Select(f => f.Ms).ToList());
        var floorBytes = floor.Select(f => f.Bytes).Order().ElementAt(floor.Count / 2);
        Line("");
        Line($"(b) {workload.Units} units × 35 indicators × {Seeding.Years.Length} cycles ({workload.Rows} items); sample {sample.Count} of {pairs} (cycle, unit) pairs; {Environment.ProcessorCount} cores; load average {LoadAverage()}; {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Line("");
        Line("| Step | measured | per (cycle, unit) | whole data set (projected from the sample) | ratio to floor | allocated (measured) |");
        Line("|---|---|---|---|---|---|");
        Line($"| Floor: read all {workload.Rows} rows, 10 queries (baseline, median of {floor.Count}) | {Ms(floorMs)} | | {Ms(floorMs)} (measured) | 1.00× | {Mb(floorBytes)} |");
        Line($"| App reads only (UnitInputs), {sample.Count} pairs | {Ms(reads.Ms)} | {Ms(reads.Ms / sample.Count)} | {Ms(reads.Ms * scale)} | {Ratio(reads.Ms * scale / floorMs)} | {Mb(reads.Bytes)} |");
        Line($"| Engine only (in memory), {sample.Count} pairs | {Ms(engine.Ms)} | {Ms(engine.Ms / sample.Count)} | {Ms(engine.Ms * scale)} | {Ratio(engine.Ms * scale / floorMs)} | {Mb(engine.Bytes)} |");
        Line($"| Score end to end (ScoreCycleCommand per unit), {sample.Count} pairs | {Ms(scoreMs)} | {Ms(scoreMs / sample.Count)} | {Ms(scoreMs * scale)} | {Ratio(scoreMs * scale / floorMs)} | |");
        Line($"  end to end on the sample: {commands} SQL commands, {Ms(inCommands)} inside them ({Ratio(inCommands / scoreMs)} of the time), {Ms((scoreMs - inCommands) / sample.Count)} per pair outside them");
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
