using System.Diagnostics;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Benchmarks.Infrastructure;
using static KpiTracker.Benchmarks.Infrastructure.Stats;

namespace KpiTracker.Benchmarks.Scoring;

/// <summary>
/// (b) Issue #5: 1,000 organisation units × 35 indicators × 10 cycles (350,000 values), timed with a stopwatch, in full: the
/// floor reads all 350,000 rows (median of 3, after one warm-up); the application's reads, the engine, the writing of a pass's
/// runs alone (median of 3) and the end-to-end score of all 10,000 (cycle, unit) pairs are measured on the whole data set (end
/// to end: median of 3, after one untimed pass that gives every cycle after the first last year's runs for Δ). A sample of <c>perCycle</c> units of every cycle is also scored one
/// unit at a time (the one-governorate path, as after a decision) to show that its cost no longer grows with the table.
/// Allocation is the process-wide allocated bytes.
/// </summary>
public static class ScaleBenchmark
{
    public static async Task RunAsync(ScoringWorkload workload, BenchApp app, int perCycle)
    {
        await workload.CountAsync();
        var sample = await workload.SampleAsync(perCycle);
        await workload.ReadFloorAsync();
        await workload.ScoreEndToEndAsync();
        await workload.AnalyzeAsync();

        var floor = new List<(double Ms, long Bytes, CpuTime Cpu)>();
        for (var i = 0; i < 3; i++)
        {
            floor.Add(await TimeAsync(workload.ReadFloorAsync));
        }

        var reads = await TimeAsync(workload.ReadPerUnitAsync);
        await workload.PrepareEngineAsync();
        var engine = await TimeAsync(() => Task.FromResult(workload.EngineOnly()));
        var writes = new List<(double Ms, long Bytes, CpuTime Cpu)>();
        for (var i = 0; i < 3; i++)
        {
            workload.PrepareWrites();
            writes.Add(await TimeAsync(workload.WriteOnlyAsync));
        }

        var endToEnd = new List<(double Ms, long Bytes, CpuTime Cpu)>();
        for (var i = 0; i < 3; i++)
        {
            endToEnd.Add(await TimeAsync(workload.ScoreEndToEndAsync));
        }

        var history = new List<(double Ms, long Bytes, CpuTime Cpu)>();
        for (var i = 0; i < 3; i++)
        {
            history.Add(await TimeAsync(workload.ScoreHistoryAsync));
        }

        double profileMs, inCommands, historyProfileMs, historyInCommands;
        long commands, historyCommands;
        using (var profile = new SqlProfile())
        {
            (profileMs, commands, inCommands) = await profile.MeasureAsync(workload.ScoreEndToEndAsync);
        }

        using (var profile = new SqlProfile())
        {
            (historyProfileMs, historyCommands, historyInCommands) = await profile.MeasureAsync(workload.ScoreHistoryAsync);
        }

        await workload.ScoreSampleAsync(sample.Take(2).ToList());
        var one = await TimeAsync(() => workload.ScoreSampleAsync(sample));
        var pairs = workload.Units * Seeding.Years.Length;

        var floorMs = Median(floor.Select(f => f.Ms).ToList());
        var floorBytes = floor.Select(f => f.Bytes).Order().ElementAt(floor.Count / 2);
        var floorCpu = MedianCpu(floor);
        var writeMs = Median(writes.Select(f => f.Ms).ToList());
        var scoreMs = Median(endToEnd.Select(f => f.Ms).ToList());
        var scoreBytes = endToEnd.Select(f => f.Bytes).Order().ElementAt(endToEnd.Count / 2);
        var historyMs = Median(history.Select(f => f.Ms).ToList());
        var historyBytes = history.Select(f => f.Bytes).Order().ElementAt(history.Count / 2);
        var scoreCpu = MedianCpu(endToEnd);
        var historyCpu = MedianCpu(history);
        Line("");
        Line($"(b) {workload.Units} units × 35 indicators × {Seeding.Years.Length} cycles ({workload.Rows} items, {pairs} (cycle, unit) pairs), in full; {Environment.ProcessorCount} cores; load average {LoadAverage()}; {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Line("");
        Line("| Step | measured | per (cycle, unit) | ratio to floor | allocated | CPU: this process + PostgreSQL (median run) |");
        Line("|---|---|---|---|---|---|");
        Line($"| Floor: read all {workload.Rows} rows, 10 queries (baseline, median of {floor.Count}: {string.Join(", ", floor.Select(f => Ms(f.Ms)))}) | {Ms(floorMs)} | {Ms(floorMs / pairs)} | 1.00× | {Mb(floorBytes)} | {Cpu(floorCpu)} |");
        Line($"| App reads only (UnitInputs.LoadManyAsync, {UnitScorer.BatchSize} units per query set), all pairs | {Ms(reads.Ms)} | {Ms(reads.Ms / pairs)} | {Ratio(reads.Ms / floorMs)} | {Mb(reads.Bytes)} | {Cpu(reads.Cpu)} |");
        Line($"| Engine only (in memory, incl. input hash), all pairs | {Ms(engine.Ms)} | {Ms(engine.Ms / pairs)} | {Ratio(engine.Ms / floorMs)} | {Mb(engine.Bytes)} | {Cpu(engine.Cpu)} |");
        Line($"| Write only (the pass's runs computed beforehand, written by UnitScorer.WriteAsync in its batches, one after another; median of {writes.Count}: {string.Join(", ", writes.Select(f => Ms(f.Ms)))}) | {Ms(writeMs)} | {Ms(writeMs / pairs)} | {Ratio(writeMs / floorMs)} | {Mb(writes.Select(f => f.Bytes).Order().ElementAt(writes.Count / 2))} | {Cpu(MedianCpu(writes))} |");
        Line($"| Floor + engine + write only, added up (what one lane would take with no overlap and no overhead) | {Ms(floorMs + engine.Ms + writeMs)} | | {Ratio((floorMs + engine.Ms + writeMs) / floorMs)} | | |");
        Line($"| Score end to end (ScoreCycleCommand × {Seeding.Years.Length} cycles), all pairs (median of {endToEnd.Count}: {string.Join(", ", endToEnd.Select(f => Ms(f.Ms)))}) | {Ms(scoreMs)} | {Ms(scoreMs / pairs)} | {Ratio(scoreMs / floorMs)} | {Mb(scoreBytes)} | {Cpu(scoreCpu)} |");
        Line($"| Score end to end, all cycles in one command (ScoreCyclesCommand {Seeding.Years[0]}–{Seeding.Years[^1]}), all pairs (median of {history.Count}: {string.Join(", ", history.Select(f => Ms(f.Ms)))}) | {Ms(historyMs)} | {Ms(historyMs / pairs)} | {Ratio(historyMs / floorMs)} | {Mb(historyBytes)} | {Cpu(historyCpu)} |");
        Line($"| One unit at a time (ScoreCycleCommand for one unit), {sample.Count} pairs | {Ms(one.Ms)} | {Ms(one.Ms / sample.Count)} | | {Mb(one.Bytes)} | {Cpu(one.Cpu)} |");
        Line($"  end to end, one more pass under the SQL profile: {Ms(profileMs)}, {commands} SQL commands, {Ms(inCommands)} inside them ({Ratio(inCommands / profileMs)} of the time), {Ms(profileMs - inCommands)} outside them");
        Line($"  all cycles in one command, one more pass under the SQL profile: {Ms(historyProfileMs)}, {historyCommands} SQL commands, {Ms(historyInCommands)} inside them ({Ratio(historyInCommands / historyProfileMs)} of the time), {Ms(historyProfileMs - historyInCommands)} outside them");
    }

    private static async Task<(double Ms, long Bytes, CpuTime Cpu)> TimeAsync(Func<Task<int>> action)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = CpuTime.Now();
        var clock = Stopwatch.StartNew();
        await action();
        var ms = clock.Elapsed.TotalMilliseconds;
        return (ms, GC.GetTotalAllocatedBytes(precise: true) - before, CpuTime.Now() - cpu);
    }

    /// <summary>The processor time of the run whose wall time is the median.</summary>
    private static CpuTime MedianCpu(List<(double Ms, long Bytes, CpuTime Cpu)> runs) => runs.OrderBy(r => r.Ms).ElementAt(runs.Count / 2).Cpu;

    private static string Cpu(CpuTime cpu) => $"{Ms(cpu.OursMs)} + {Ms(cpu.ServerMs)}";
}
