using KpiTracker.Application.Data;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>
/// "Never run concurrently for the same cycle and governorate", held by the database: each run takes a transaction-scoped
/// advisory lock on the pair before it reads, and a unique partial index allows one latest run per pair.
/// </summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class ScoreConcurrencyTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Two_runs_of_one_governorate_at_once_take_turns_and_the_second_finds_the_first_ones_run()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        // Hold the pair's lock, start two runs, and let them go together: both are waiting on the database, not on each other's code.
        await using var holder = new NpgsqlConnection(Fixture.OwnerConnectionString);
        await holder.OpenAsync();
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({UnitScorer.LockKey(data.CycleId, "OM-BS")})", holder))
        {
            await take.ExecuteNonQueryAsync();
        }

        var runs = new[] { ScoreAsync(data, force: false), ScoreAsync(data, force: false) };
        await WaitForLockWaitersAsync(2);
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync(r => r.CycleId == data.CycleId)));
        await using (var release = new NpgsqlCommand("SELECT pg_advisory_unlock_all()", holder))
        {
            await release.ExecuteNonQueryAsync();
        }

        var outcomes = await Task.WhenAll(runs);

        Assert.Equal([RunOutcome.Written, RunOutcome.Unchanged], outcomes.Select(o => o.Outcome).Order());
        Assert.Single(outcomes.Select(o => o.RunId).Distinct());
        Assert.Equal(1, await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync(r => r.CycleId == data.CycleId && r.OrgUnitCode == "OM-BS")));
    }

    [Fact]
    public async Task Forced_runs_side_by_side_each_write_a_run_and_exactly_one_is_latest()
    {
        var data = await ScoringData.OpenAsync(Fixture);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ScoreAsync(data, force: true)));

        Assert.All(outcomes, o => Assert.Equal(RunOutcome.Written, o.Outcome));
        Assert.Equal(4, await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync(r => r.CycleId == data.CycleId && r.OrgUnitCode == "OM-BS")));
        Assert.Equal(1, await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync(r => r.CycleId == data.CycleId && r.OrgUnitCode == "OM-BS" && r.IsLatest)));
    }

    [Fact]
    public async Task The_database_refuses_a_second_latest_run_of_a_governorate()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await ScoreAsync(data, force: false);

        var error = await Assert.ThrowsAsync<PostgresException>(() => Fixture.ExecuteAsOwnerAsync(
            $"INSERT INTO score_runs SELECT (json_populate_record(null::score_runs, (to_jsonb(r) || jsonb_build_object('id', gen_random_uuid()))::json)).* FROM score_runs r WHERE r.cycle_id = '{data.CycleId}' AND r.org_unit_code = 'OM-BS' AND r.is_latest"));
        Assert.Equal(("23505", "ix_score_runs_latest"), (error.SqlState, error.ConstraintName));
    }

    private async Task<(RunOutcome Outcome, Guid RunId)> ScoreAsync(ScoringData data, bool force)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cycle = await db.Cycles.AsNoTracking().SingleAsync(c => c.Id == data.CycleId);
        var edition = await EditionModel.LoadAsync(db, cycle.EditionId, CancellationToken.None);
        var (run, outcome) = await scope.ServiceProvider.GetRequiredService<UnitScorer>().ScoreAsync(cycle, edition, "OM-BS", "test", force, CancellationToken.None);
        return (outcome, run.Id);
    }

    /// <summary>Waits until this many sessions wait for an advisory lock (no timing: the database says when).</summary>
    private async Task WaitForLockWaitersAsync(int count)
    {
        await using var connection = new NpgsqlConnection(Fixture.OwnerConnectionString);
        await connection.OpenAsync();
        for (var i = 0; i < 300; i++)
        {
            await using var query = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", connection);
            if ((long)(await query.ExecuteScalarAsync())! >= count)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{count} runs never waited on the lock");
    }
}
