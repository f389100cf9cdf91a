using System.Diagnostics;
using Hangfire;
using KpiTracker.Application.Data.Scoring;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Application.Jobs;
using KpiTracker.IntegrationTests.Features.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace KpiTracker.IntegrationTests.Jobs;

/// <summary>
/// The acceptance line "kill the worker (SIGKILL) in the middle of a full recompute, start it again": the built host runs as
/// a separate <c>--role worker</c> process on the test database. To stop it mid-run without guessing at timing, the test
/// holds the advisory lock of the sixth governorate: the worker writes the first five runs, then waits on the database, and
/// the test kills it while the database shows exactly that. The restarted worker gets the job back from Hangfire (after the
/// invisibility timeout, shortened to 10 s here) and finishes it. Every governorate has a run before the worker starts, and
/// the values change behind it: a worker's own drain (at start and every minute) scores pairs without a run, and must find
/// none, so the recompute is the only job writing runs.
/// </summary>
public sealed class WorkerCrashTests(DatabaseFixture fixture, ITestOutputHelper output) : IntegrationTest(fixture)
{
    private const int Stopped = 5;

    [Fact]
    public async Task A_worker_killed_mid_recompute_finishes_it_after_a_restart_with_the_numbers_and_hash_of_a_clean_run()
    {
        // The 2026 cycle: the worker runs on the real clock, and an earlier cycle would be past its close date, so the worker's
        // expiry job would close it under the recompute.
        var data = await ScoringData.OpenAsync(Fixture, year: 2026);
        Assert.True((await Fixture.SendAsync(new ScoreCycleCommand(data.Year))).IsSuccess);
        // Changed straight in the table, as a lost request would leave them: only the recompute notices.
        Assert.Equal(data.Governorates.Count, await Fixture.ExecuteAsOwnerAsync($"""
            UPDATE revisions r SET value = 77 FROM submissions s
            WHERE r.submission_id = s.id AND r.number = s.current_revision AND s.cycle_id = '{data.CycleId}' AND s.indicator_code = 'LSP-01'
            """));
        var blocked = data.Governorates[Stopped];
        await using var holder = new NpgsqlConnection(Fixture.OwnerConnectionString);
        await holder.OpenAsync();
        await ExecuteAsync(holder, $"SELECT pg_advisory_lock({UnitScorer.LockKey(data.CycleId, blocked)})");

        var jobId = new BackgroundJobClient(Fixture.Factory.Services.GetRequiredService<JobStorage>())
            .Enqueue<NightlyRecomputeJob>(j => j.RunAsync(CancellationToken.None));
        var first = StartWorker();
        int atKill;
        try
        {
            // Partial progress, seen in the database: five governorates scored again, the sixth waiting on its lock.
            atKill = await WaitForAsync(
                async () => await RescoredAsync(data) is var runs && runs == Stopped && await WaitingOnLocksAsync(holder) > 0 ? runs : (int?)null,
                TimeSpan.FromSeconds(240),
                "the worker never reached the held governorate");
        }
        finally
        {
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
            first.Dispose();
        }

        Assert.Equal(Stopped, atKill);
        Assert.Equal(Stopped, await RescoredAsync(data));
        Assert.Equal("Processing", await JobStateAsync(jobId));
        await ExecuteAsync(holder, "SELECT pg_advisory_unlock_all()");

        var second = StartWorker();
        try
        {
            await WaitForAsync(async () => await JobStateAsync(jobId) == "Succeeded" ? true : (bool?)null, TimeSpan.FromSeconds(240), "the restarted worker never finished the recompute");
        }
        finally
        {
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync();
            second.Dispose();
        }

        // Exactly one latest run per governorate, each the recompute's, and no run written twice: the first five were found unchanged.
        var latest = await Fixture.WithDbAsync(async db => await ScoreRunRows.FillAsync(
            db, await db.ScoreRuns.AsNoTracking().Where(r => r.CycleId == data.CycleId && r.IsLatest).ToListAsync(), CancellationToken.None));
        Assert.Equal(data.Governorates.Order(StringComparer.Ordinal), latest.Select(r => r.OrgUnitCode).Order(StringComparer.Ordinal));
        Assert.All(latest, r => Assert.Equal("nightly", r.Trigger));
        Assert.Equal(2 * data.Governorates.Count, await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync(r => r.CycleId == data.CycleId)));

        // A clean run: the engine on the same inputs, from scratch.
        await Fixture.WithDbAsync(async db =>
        {
            var cycle = await db.Cycles.AsNoTracking().SingleAsync(c => c.Id == data.CycleId);
            var edition = await EditionModel.LoadAsync(db, cycle.EditionId, CancellationToken.None);
            foreach (var run in latest)
            {
                var clean = UnitScorer.Compute(await UnitInputs.LoadAsync(db, cycle, edition, run.OrgUnitCode, CancellationToken.None), DateTimeOffset.UtcNow, "clean");
                Assert.Equal(clean.InputHash, run.InputHash);
                Assert.True(UnitScorer.SameNumbers(clean, run), $"{run.OrgUnitCode}: the resumed run's numbers differ from a clean run's");
            }

            return 0;
        });
    }

    private Process StartWorker()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("--role");
        start.ArgumentList.Add("worker");
        start.Environment["ConnectionStrings__Kpi"] = Fixture.ConnectionString;
        start.Environment["Kpi__SeedDefaults"] = "false";
        start.Environment["Kpi__MigrateOnStart"] = "false";
        start.Environment["Kpi__Jobs__InvisibilityTimeout"] = "00:00:10";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Production refuses to start without the audit MAC key, as a deployment would: the test passes the one the suite uses.
        start.Environment["Kpi__Audit__MacKey"] = KpiAppFactory.AuditMacKey;
        var process = Process.Start(start)!;
        var pid = process.Id;
        process.OutputDataReceived += (_, e) => Log(pid, e.Data);
        process.ErrorDataReceived += (_, e) => Log(pid, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Log(int pid, string? line)
    {
        if (line is not null)
        {
            try
            {
                output.WriteLine($"[worker {pid}] {line}");
            }
            catch (InvalidOperationException)
            {
                // A line arriving after the test ended has nowhere to go.
            }
        }
    }

    /// <summary>Governorates whose latest run is the recompute's.</summary>
    private Task<int> RescoredAsync(ScoringData data) =>
        Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync(r => r.CycleId == data.CycleId && r.IsLatest && r.Trigger == "nightly"));

    private Task<string?> JobStateAsync(string jobId) => Fixture.WithDbAsync(db =>
        db.Database.SqlQuery<string?>($"SELECT statename AS \"Value\" FROM hangfire.job WHERE id = {long.Parse(jobId, System.Globalization.CultureInfo.InvariantCulture)}").SingleAsync());

    private static async Task<long> WaitingOnLocksAsync(NpgsqlConnection connection)
    {
        await using var query = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", connection);
        return (long)(await query.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Polls the database until <paramref name="probe"/> answers; the limit only ends a hung test, it measures nothing.</summary>
    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe, TimeSpan limit, string failure)
        where T : struct
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            await Task.Delay(200);
        }

        Assert.Fail(failure);
        return default;
    }
}
