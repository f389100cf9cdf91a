using System.Diagnostics;
using KpiTracker.Application.Features.Cycles;
using KpiTracker.Application.Features.Frameworks.DefaultEdition;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Application.Features.Setup.SeedDefaults;
using KpiTracker.Application.Features.Setup.SeedDemoCollection;
using KpiTracker.Application.Features.Submissions.AcceptSubmission;
using KpiTracker.Benchmarks.Infrastructure;
using KpiTracker.Domain.Collection;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static KpiTracker.Benchmarks.Infrastructure.Stats;

namespace KpiTracker.Benchmarks.Scoring;

/// <summary>
/// (c) Issue #5: decision-to-scorecard latency with the Hangfire worker running in this process (host role <c>all</c>). An open
/// 2025 cycle for the 11 governorates is seeded by the demo planner (fixed seed); 50 submitted items, taken in turn across the
/// governorates, are accepted one after another through the mediator (AcceptSubmissionCommand, the same handler the API calls).
/// For each, the clock runs from the moment the command returned (its transaction committed and the job was enqueued) until a
/// new latest run for that governorate is readable in score_runs (polled every 10 ms on the application's connection). Then
/// the work of one governorate's recompute (ScoreCycleCommand for one governorate: reads, engine, a new run written) is timed 50 times.
/// </summary>
public static class LatencyBenchmark
{
    private const int Year = 2025;
    private const int Decisions = 50;

    public static async Task RunAsync(BenchApp app, BenchDatabase database)
    {
        await app.SendAsync(new SeedDefaultsCommand());
        var cycleId = await app.WithDbAsync(async db =>
        {
            var edition = await db.FrameworkEditions.AsNoTracking().Include(e => e.Criteria).ThenInclude(c => c.Indicators).AsSplitQuery()
                .SingleAsync(e => e.Code == DefaultEditionFile.Code);
            var plan = new DemoPlan(edition, await CycleQueries.AssessedUnitsAsync(db, CancellationToken.None));
            var (cycle, items) = plan.Open(Year, DateTimeOffset.UtcNow);
            db.Cycles.Add(cycle);
            db.Submissions.AddRange(items);
            await db.SaveChangesAsync();
            return cycle.Id;
        });
        await app.SendAsync(new ScoreCycleCommand(Year));
        await database.AnalyzeAsync();
        var submitted = await app.WithDbAsync(db => db.Submissions.AsNoTracking()
            .Where(s => s.CycleId == cycleId && s.State == SubmissionState.Submitted)
            .OrderBy(s => s.IndicatorCode).Select(s => new { s.OrgUnitCode, s.IndicatorCode }).ToListAsync());
        var queue = submitted.GroupBy(s => s.OrgUnitCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.Select((s, i) => (s.OrgUnitCode, s.IndicatorCode, Turn: i)))
            .OrderBy(s => s.Turn).ThenBy(s => s.OrgUnitCode, StringComparer.Ordinal).Take(Decisions).ToList();
        if (queue.Count < Decisions)
        {
            throw new InvalidOperationException($"Only {queue.Count} submitted items to accept.");
        }

        // Let the worker start and finish its start-up work before the first decision.
        await Task.Delay(TimeSpan.FromSeconds(3));

        await using var connection = new NpgsqlConnection(database.AppConnectionString);
        await connection.OpenAsync();
        await using var latest = new NpgsqlCommand("SELECT id FROM score_runs WHERE cycle_id = @c AND org_unit_code = @g AND is_latest", connection);
        latest.Parameters.AddWithValue("c", cycleId);
        var gov = latest.Parameters.AddWithValue("g", "");
        async Task<Guid?> LatestAsync(string code)
        {
            gov.Value = code;
            return await latest.ExecuteScalarAsync() as Guid?;
        }

        var afterCommit = new List<double>();
        var withDecision = new List<double>();
        var decisionOnly = new List<double>();
        foreach (var (unit, indicator, _) in queue)
        {
            var before = await LatestAsync(unit);
            var clock = Stopwatch.StartNew();
            var result = await app.SendAsync(new AcceptSubmissionCommand(Year, unit, indicator, null));
            var committed = clock.Elapsed.TotalMilliseconds;
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException($"Accepting {unit}/{indicator} failed: {result.Error!.Code}");
            }

            while ((await LatestAsync(unit)) == before)
            {
                if (clock.Elapsed > TimeSpan.FromSeconds(60))
                {
                    throw new InvalidOperationException($"No new run for {unit} within 60 s of accepting {indicator}: the score job did not run.");
                }

                await Task.Delay(10);
            }

            var total = clock.Elapsed.TotalMilliseconds;
            decisionOnly.Add(committed);
            afterCommit.Add(total - committed);
            withDecision.Add(total);
        }

        var work = new List<double>();
        var governorates = queue.Select(q => q.OrgUnitCode).Distinct().Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < Decisions; i++)
        {
            var clock = Stopwatch.StartNew();
            var result = await app.SendAsync(new ScoreCycleCommand(Year, governorates[i % governorates.Count]));
            work.Add(clock.Elapsed.TotalMilliseconds);
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException(result.Error!.Code);
            }
        }

        Line("");
        Line($"(c) decision to scorecard, {Decisions} decisions, Hangfire worker in process; {Environment.ProcessorCount} cores; load average {LoadAverage()}; {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Line("");
        Line("| Measure | p50 | p95 | max | goal |");
        Line("|---|---|---|---|---|");
        Line($"| Commit → new run readable | {Ms(Median(afterCommit))} | {Ms(Percentile(afterCommit, 95))} | {Ms(afterCommit.Max())} | p95 ≤ 5000 ms |");
        Line($"| Accept command (handler, commit, enqueue) | {Ms(Median(decisionOnly))} | {Ms(Percentile(decisionOnly, 95))} | {Ms(decisionOnly.Max())} | |");
        Line($"| Accept sent → new run readable | {Ms(Median(withDecision))} | {Ms(Percentile(withDecision, 95))} | {Ms(withDecision.Max())} | |");
        Line($"| One governorate's recompute (work, {work.Count} runs) | {Ms(Median(work))} | {Ms(Percentile(work, 95))} | {Ms(work.Max())} | < 50 ms |");
        Line($"  ratio of the recompute's work to the whole commit → readable latency (p50): {Ratio(Median(work) / Median(afterCommit))}");
        await SqlProfile.PrintAsync(Enumerable.Range(0, 5).Select(i => (
            $"One governorate's recompute ({governorates[i]})",
            (Func<Task<int>>)(async () => (await app.SendAsync(new ScoreCycleCommand(Year, governorates[i]))).Value.Runs.Count))).ToArray());
    }
}
