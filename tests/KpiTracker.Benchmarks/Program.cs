using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using KpiTracker.Benchmarks.Infrastructure;
using KpiTracker.Benchmarks.Pdf;
using KpiTracker.Benchmarks.Scoring;

namespace KpiTracker.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project tests/KpiTracker.Benchmarks -- scoring|scale|latency|pdf|all</c>.
/// The database benchmarks need KPI_TEST_PG (see docs/PERFORMANCE.md); each creates, seeds and drops a database of its own.
/// </summary>
public static class BenchmarkMain
{
    public static string ArtifactsPath { get; } = Path.Combine(RepositoryRoot(), "artifacts", "benchmarks");

    public static async Task<int> Main(string[] args)
    {
        var what = args.FirstOrDefault() ?? "";
        var known = new[] { "scoring", "scale", "latency", "pdf", "all" };
        if (!known.Contains(what))
        {
            await Console.Error.WriteLineAsync("Usage: dotnet run -c Release --project tests/KpiTracker.Benchmarks -- scoring|scale|latency|pdf|all [--sample UNITS_PER_CYCLE]");
            return 2;
        }

        // (b) also scores this many units of every cycle one at a time, the one-governorate path (see ScaleBenchmark).
        var sample = args.SkipWhile(a => a != "--sample").Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault(5);
        Directory.CreateDirectory(ArtifactsPath);
        if (what is "scoring" or "all")
        {
            await ScoringAsync();
        }

        if (what is "scale" or "all")
        {
            await ScaleAsync(sample);
        }

        if (what is "latency" or "all")
        {
            await LatencyAsync();
        }

        if (what is "pdf" or "all")
        {
            await PdfBenchmark.RunAsync();
            BenchmarkRunner.Run<PdfRenderBenchmarks>(BdnConfig(warmup: 3, iterations: 15));
        }

        return 0;
    }

    private static async Task ScoringAsync()
    {
        await using var database = await BenchDatabase.CreateAsync("kpi_bench_scoring");
        await using var app = new BenchApp(database, "web");
        await Seeding.ClosedCyclesAsync(app);
        var workload = new ScoringWorkload(app, database);
        // One pass first, so every cycle after the first has last year's run to compute Δ from, as in production.
        await workload.ScoreEndToEndAsync();
        await database.AnalyzeAsync();
        ScoringBenchmarks.Workload = workload;
        BenchmarkRunner.Run<ScoringBenchmarks>(BdnConfig(warmup: 2, iterations: 8));
        Stats.Line($"(a) {workload.Units} governorates × 35 indicators × {Seeding.Years.Length} cycles ({workload.Rows} items); {Environment.ProcessorCount} cores; load average {Stats.LoadAverage()}");
        await SqlProfile.PrintAsync(
            ("Floor: read the rows", workload.ReadFloorAsync),
            ("App reads only", workload.ReadPerUnitAsync),
            ("Score end to end", workload.ScoreEndToEndAsync),
            ("Score end to end, all cycles in one command", workload.ScoreHistoryAsync));
    }

    private static async Task ScaleAsync(int sample)
    {
        await using var database = await BenchDatabase.CreateAsync("kpi_bench_scale");
        await using var app = new BenchApp(database, "web");
        await Seeding.ClosedCyclesAsync(app);
        await Seeding.GrowToAsync(app, database, 1000);
        await ScaleBenchmark.RunAsync(new ScoringWorkload(app, database), app, sample);
    }

    private static async Task LatencyAsync()
    {
        await using var database = await BenchDatabase.CreateAsync("kpi_bench_latency");
        await using var app = new BenchApp(database, "all");
        await LatencyBenchmark.RunAsync(app, database);
    }

    /// <summary>
    /// A short in-process job: the benchmarks use this process's seeded database, host and browser; one invocation per
    /// iteration (each operation takes milliseconds to seconds), few iterations (2 shared cores).
    /// </summary>
    private static ManualConfig BdnConfig(int warmup, int iterations) => ManualConfig.Create(DefaultConfig.Instance)
        .AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1).WithWarmupCount(warmup).WithIterationCount(iterations)
            .WithInvocationCount(1).WithUnrollFactor(1)
            .WithId("InProcess-short"))
        .WithArtifactsPath(Path.Combine(ArtifactsPath, "bdn"));

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KpiTracker.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
