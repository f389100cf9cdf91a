using BenchmarkDotNet.Attributes;

namespace KpiTracker.Benchmarks.Scoring;

/// <summary>
/// (a) Issue #5: the 11 governorates × 35 indicators × 10 closed cycles, scored end to end from PostgreSQL, against the floor of
/// reading the same rows. BenchmarkDotNet runs it in process (the seeded database and host are set up by BenchmarkMain before).
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    /// <summary>Set by BenchmarkMain before the run: BenchmarkDotNet runs in this process (in-process toolchain).</summary>
    public static ScoringWorkload? Workload { get; set; }

    private ScoringWorkload _w = null!;

    [GlobalSetup]
    public Task SetupAsync()
    {
        _w = Workload ?? throw new InvalidOperationException("BenchmarkMain sets the workload first.");
        return _w.PrepareEngineAsync();
    }

    [Benchmark(Baseline = true, Description = "Floor: read the rows (10 queries)")]
    public Task<int> Floor() => _w.ReadFloorAsync();

    [Benchmark(Description = "App reads only (UnitInputs per cycle × governorate)")]
    public Task<int> AppReads() => _w.ReadPerUnitAsync();

    [Benchmark(Description = "Engine only (in memory, inputs read before)")]
    public int EngineOnly() => _w.EngineOnly();

    /// <summary>Each iteration writes a pass's runs computed beforehand (new ids each time), so the setup computes them untimed.</summary>
    [IterationSetup(Target = nameof(WriteOnly))]
    public void PrepareWrites() => _w.PrepareWrites();

    [Benchmark(Description = "Write only (the runs computed before, UnitScorer.WriteAsync)")]
    public Task<int> WriteOnly() => _w.WriteOnlyAsync();

    [Benchmark(Description = "Score end to end (ScoreCycleCommand × 10 cycles)")]
    public Task<int> ScoreEndToEnd() => _w.ScoreEndToEndAsync();

    [Benchmark(Description = "Score end to end, all cycles in one command (ScoreCyclesCommand 2015–2024)")]
    public Task<int> ScoreHistory() => _w.ScoreHistoryAsync();
}
