using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Data.Scoring;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.DrainScoreRequests;
using KpiTracker.Application.Features.Scoring.RecomputeCycles;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Domain.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.IntegrationTests.Features.Scoring;

[Collection(SecondDatabaseGroup.Name)]
public sealed class ScoreRunTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_run_over_accepted_values_reproduces_the_engine_for_every_governorate()
    {
        var data = await ScoringData.OpenAsync(Fixture);

        using var response = await Client.PostAsync(new Uri($"/api/cycles/{data.Year}/score", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = (await response.Content.ReadFromJsonAsync<ScoreCycleResultDto>())!;
        Assert.Equal("provisional", result.Kind);
        Assert.Equal(11, result.Runs.Count);
        foreach (var gov in data.Governorates)
        {
            var expected = await data.ExpectedAsync(Fixture, gov, ScoreKind.Provisional);
            var run = await LatestAsync(gov);
            Assert.Equal(expected.Overall, run.Overall);
            Assert.Equal(expected.PublishedOverall, run.PublishedOverall);
            Assert.Equal(expected.Band, run.Band);
            Assert.Equal(expected.Coverage, run.Coverage);
            Assert.Equal(expected.Criteria.Select(c => (c.Code, c.Score, c.Band)), run.Criteria.OrderBy(c => c.Order).Select(c => (c.Code, c.Score, c.Band)));
            Assert.Equal(expected.Indicators.Select(i => (i.Code, i.Score, i.ContributionToOverall)), run.Indicators.OrderBy(i => i.Order).Select(i => (i.Code, i.Score, i.ContributionToOverall)));
            Assert.Equal(UnitScorer.EngineVersion, run.EngineVersion);
            Assert.Matches("^[0-9a-f]{64}$", run.InputHash);
        }

        Assert.Equal(11, await LatestCountAsync(data));
    }

    [Fact]
    public async Task Rerunning_a_closed_cycle_gives_identical_numbers_and_the_same_input_hash()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await data.CloseAsync(Fixture);

        var first = await Fixture.SendAsync(new ScoreCycleCommand(data.Year));
        var second = await Fixture.SendAsync(new ScoreCycleCommand(data.Year));

        Assert.Equal("final", first.Value.Kind);
        var runs = await Fixture.WithDbAsync(async db => await ScoreRunRows.FillAsync(db, await db.ScoreRuns.AsNoTracking().Where(r => r.CycleId == data.CycleId).ToListAsync(), CancellationToken.None));
        Assert.Equal(22, runs.Count);
        foreach (var gov in data.Governorates)
        {
            // The test clock may stand still, so the two runs are told apart by the latest flag, not by time.
            var pair = runs.Where(r => r.OrgUnitCode == gov).OrderBy(r => r.IsLatest).ToList();
            Assert.Equal(2, pair.Count);
            Assert.Equal(pair[0].InputHash, pair[1].InputHash);
            Assert.True(UnitScorer.SameNumbers(pair[0], pair[1]), gov);
            Assert.Equal([false, true], pair.Select(r => r.IsLatest));
            var expected = await data.ExpectedAsync(Fixture, gov, ScoreKind.Final);
            Assert.Equal(expected.Overall, pair[1].Overall);
        }

        Assert.Equal(first.Value.Runs.Select(r => r.InputHash), second.Value.Runs.Select(r => r.InputHash));
    }

    [Fact]
    public async Task The_recompute_is_safe_to_run_twice_and_writes_only_what_changed()
    {
        var data = await ScoringData.OpenAsync(Fixture);

        var first = await Fixture.SendAsync(new RecomputeCyclesCommand());
        var second = await Fixture.SendAsync(new RecomputeCyclesCommand());

        Assert.Equal((1, 11, 11), (first.Cycles, first.Units, first.Written));
        Assert.Equal(0, second.Written);
        Assert.Equal(11, await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync()));
        Assert.Equal(11, await LatestCountAsync(data));
    }

    [Fact]
    public async Task Two_concurrent_recomputes_of_one_governorate_never_leave_two_latest_runs()
    {
        var data = await ScoringData.OpenAsync(Fixture);

        // Forced runs both write: the advisory lock makes the second wait for the first, then replace it.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ScoreAsync(data, "OM-BS", force: true)));
        // Unforced runs on the same inputs: whichever comes second finds the first's run and writes nothing.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ScoreAsync(data, "OM-MA", force: false)));

        Assert.Equal(4, await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync(r => r.OrgUnitCode == "OM-BS")));
        Assert.Single(outcomes, RunOutcome.Written);
        Assert.Equal(1, await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync(r => r.OrgUnitCode == "OM-BS" && r.IsLatest)));
        Assert.Equal(1, await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync(r => r.OrgUnitCode == "OM-MA")));
    }

    [Fact]
    public async Task The_database_refuses_a_second_latest_run()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year, "OM-BS"));

        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => Fixture.ExecuteAsOwnerAsync(
            """
            INSERT INTO score_runs (id, cycle_id, year, org_unit_code, kind, edition_code, engine_version, trigger, computed_at, input_hash, is_latest, insufficient_data, value_count, applicable_count, dqi)
            SELECT gen_random_uuid(), cycle_id, year, org_unit_code, kind, edition_code, engine_version, trigger, computed_at, input_hash, is_latest, insufficient_data, value_count, applicable_count, dqi FROM score_runs
            """));

        Assert.Equal("23505", error.SqlState);
    }

    [Fact]
    public async Task A_decision_leaves_one_request_per_governorate_and_the_drain_scores_it_once()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));
        await Fixture.ExecuteAsOwnerAsync($"UPDATE submissions SET state = 'submitted' WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-BS' AND indicator_code IN ('LSP-01', 'LSP-02')");

        // Two decisions in a burst, each saved on its own, through the domain as the review handler does.
        foreach (var code in new[] { "LSP-01", "LSP-02" })
        {
            await Fixture.WithDbAsync(async db =>
            {
                var item = await db.Submissions.SingleAsync(s => s.CycleId == data.CycleId && s.OrgUnitCode == "OM-BS" && s.IndicatorCode == code);
                Assert.Empty(item.Accept(DateTimeOffset.UtcNow, "reviewer"));
                db.Entry(item.Events[^1]).State = EntityState.Added;
                return await db.SaveChangesAsync();
            });
        }

        var requests = await Fixture.WithDbAsync(db => db.ScoreRequests.AsNoTracking().ToListAsync());
        Assert.Equal(("OM-BS", 2L), (Assert.Single(requests).OrgUnitCode, requests[0].Version));
        Assert.Equal(0, await Fixture.SendAsync(new DrainScoreRequestsCommand()));
        Assert.Empty(await Fixture.WithDbAsync(db => db.ScoreRequests.ToListAsync()));
        Assert.Equal(0, await Fixture.SendAsync(new DrainScoreRequestsCommand()));
    }

    private async Task<RunOutcome> ScoreAsync(ScoringData data, string gov, bool force)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Application.Data.AppDbContext>();
        var cycle = await db.Cycles.AsNoTracking().SingleAsync(c => c.Id == data.CycleId);
        var edition = await EditionModel.LoadAsync(db, cycle.EditionId, CancellationToken.None);
        var (_, outcome) = await scope.ServiceProvider.GetRequiredService<UnitScorer>().ScoreAsync(cycle, edition, gov, "test", force, CancellationToken.None);
        return outcome;
    }

    private Task<ScoreRun> LatestAsync(string gov) => Fixture.WithDbAsync(async db =>
        (await ScoreRunRows.FillAsync(db, [await db.ScoreRuns.AsNoTracking().SingleAsync(r => r.OrgUnitCode == gov && r.IsLatest)], CancellationToken.None))[0]);

    private Task<int> LatestCountAsync(ScoringData data) => Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync(r => r.CycleId == data.CycleId && r.IsLatest));
}
