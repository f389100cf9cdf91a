using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Data.Scoring;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.RecomputeCycles;
using KpiTracker.Application.Features.Scoring.ScoreCycles;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Collection;
using KpiTracker.IntegrationTests.Features.Submissions;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>With the Hangfire server running: a value of a closed cycle restated through the workflow reaches the next cycle's Δ.</summary>
[Collection(WorkerGroup.Name)]
public sealed class RestatementTests(WorkerDatabaseFixture fixture) : CollectionTest(fixture)
{
    [Fact]
    public async Task A_restated_closed_value_reaches_the_next_cycle_s_delta_gap_closure_and_rank_change_and_the_nightly_check_agrees()
    {
        await ClosePreviousCycleAsync(2024, ("OM-BS", "LSP-01", 70m), ("OM-MA", "LSP-01", 80m));
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 85 });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        await ActOkAsync(Reviewer, "OM-BS", "LSP-01", "accept");
        await SaveAsync(OwnerMa, "OM-MA", "LSP-01", new { value = 75 });
        await ActOkAsync(OwnerMa, "OM-MA", "LSP-01", "submit");
        await ActOkAsync(ReviewerMa, "OM-MA", "LSP-01", "accept");
        var before = await UntilSettledAsync(() => LatestAsync(2025, "OM-BS"), run => run.DeltaOverall is not null, "the 2025 run of OM-BS with a Δ");
        var league = await LeagueAsync();
        Assert.Equal((2, 1), (league["OM-BS"].PreviousRank, league["OM-MA"].PreviousRank));

        // The central team restates OM-BS's 2024 value: reopen, enter, submit, accept, verify (locked again).
        var restater = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("owner.restate", (Role.IndicatorOwner, "OM-BS", "LSP-01")), "en");
        await ActOkAsync(Client, "OM-BS", "LSP-01", "reopen", new { reason = "The plan figures were restated." }, year: 2024);
        var reopened = await GetAsync(Client, "OM-BS", "LSP-01", 2024);
        using (var saved = await SendAsync(restater, HttpMethod.Put, ItemUrl("OM-BS", "LSP-01", year: 2024), JsonSerializer.Serialize(new { value = 95, justification = "Restated by the ministry." }), reopened.Version))
        {
            Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        }

        await ActOkAsync(restater, "OM-BS", "LSP-01", "submit", year: 2024);
        await ActOkAsync(Reviewer, "OM-BS", "LSP-01", "accept", year: 2024);
        Assert.Equal(SubmissionState.Locked, (await ActOkAsync(Client, "OM-BS", "LSP-01", "verify", year: 2024)).State);

        var after = await UntilSettledAsync(() => LatestAsync(2025, "OM-BS"), run => run.Id != before.Id, "a new 2025 run of OM-BS after the restatement");
        Assert.NotEqual(before.DeltaOverall, after.DeltaOverall);
        var pipeline = await LatestRunsAsync();
        var pipelineLeague = await LeagueAsync();
        Assert.Equal((1, 2), (pipelineLeague["OM-BS"].PreviousRank, pipelineLeague["OM-MA"].PreviousRank));

        // The nightly check, run directly, finds nothing to mend.
        var check = await Fixture.SendAsync(new RecomputeCyclesCommand());
        Assert.Equal((2, 22), (check.Cycles, check.Units));
        Assert.Empty(check.Differences);

        // A clean recomputation of both years gives the numbers the pipeline left, Δ, gap closure and ranks included.
        Assert.True((await Fixture.SendAsync(new ScoreCyclesCommand(2024, 2025))).IsSuccess);
        var clean = await LatestRunsAsync();
        Assert.Equal(pipeline.Keys.Order(), clean.Keys.Order());
        Assert.All(pipeline, p =>
        {
            Assert.True(UnitScorer.SameNumbers(p.Value, clean[p.Key]), $"{p.Key}");
            Assert.Equal(clean[p.Key].GapClosure, p.Value.GapClosure);
            Assert.Equal(clean[p.Key].InputHash, p.Value.InputHash);
        });
        Assert.Equal(pipelineLeague, await LeagueAsync());

        // A stored run altered behind the platform's back is found and replaced by the check.
        await Fixture.ExecuteAsOwnerAsync("UPDATE score_runs SET delta_overall = delta_overall + 1 WHERE year = 2025 AND org_unit_code = 'OM-MA' AND is_latest");
        var tampered = await Fixture.SendAsync(new RecomputeCyclesCommand());
        Assert.Equal([(2025, "OM-MA", RunDifference.NumbersDiffered)], tampered.Differences.Select(d => (d.Year, d.Governorate, d.Difference)));
        Assert.True(UnitScorer.SameNumbers(clean[(2025, "OM-MA")], (await LatestAsync(2025, "OM-MA"))!));
    }

    private async Task<Dictionary<string, LeagueRowDto>> LeagueAsync() =>
        (await Client.GetFromJsonAsync<ComparisonDto>(new Uri("/api/cycles/2025/comparison", UriKind.Relative), Json))!.League.ToDictionary(l => l.Governorate);

    private Task<ScoreRun?> LatestAsync(int year, string governorate) => Fixture.WithDbAsync(async db =>
    {
        var run = await db.ScoreRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Year == year && r.OrgUnitCode == governorate && r.IsLatest);
        return run is null ? null : (await ScoreRunRows.FillAsync(db, [run], CancellationToken.None))[0];
    });

    private Task<Dictionary<(int Year, string Governorate), ScoreRun>> LatestRunsAsync() => Fixture.WithDbAsync(async db =>
        (await ScoreRunRows.FillAsync(db, await db.ScoreRuns.AsNoTracking().Where(r => r.IsLatest).ToListAsync(), CancellationToken.None))
            .ToDictionary(r => (r.Year, r.OrgUnitCode)));

    /// <summary>Polls for up to 30 seconds until <paramref name="done"/> holds and no score request is left (every decision scored).</summary>
    private async Task<T> UntilSettledAsync<T>(Func<Task<T?>> read, Func<T, bool> done, string what)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (value is not null && done(value) && await Fixture.WithDbAsync(db => db.ScoreRequests.CountAsync()) == 0)
            {
                return value;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"no {what} within 30 s");
            await Task.Delay(200);
        }
    }
}
