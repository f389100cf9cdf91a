using System.Diagnostics;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Domain.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>With the Hangfire server running in the test host: decisions reach the scorecard by themselves.</summary>
[Collection(WorkerGroup.Name)]
public sealed class ScoreJobTests(WorkerDatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task An_accepted_submission_shows_on_the_scorecard_without_a_manual_trigger()
    {
        // Inside the 2025 cycle's review period, so the worker's expiry job does not close it under the test.
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 2, 20, 6, 0, 0, TimeSpan.Zero));
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.ExecuteAsOwnerAsync($"""
            UPDATE submissions SET state = 'submitted', accepted_at = NULL WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-BS' AND indicator_code LIKE 'CUS-%';
            """);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year, "OM-BS"));
        var before = await ScorecardAsync(data);
        Assert.Equal(IndicatorStatus.Missing, before.Indicators.Single(i => i.Code == "CUS-01").Status);

        await Fixture.WithDbAsync(db => db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            // As the review workflow saves a decision: in an explicit transaction, so the request commits with it.
            await using var transaction = await db.Database.BeginTransactionAsync();
            var item = await db.Submissions.SingleAsync(s => s.CycleId == data.CycleId && s.OrgUnitCode == "OM-BS" && s.IndicatorCode == "CUS-01");
            Assert.Empty(item.Accept(DateTimeOffset.UtcNow, "reviewer.bs"));
            db.Entry(item.Events[^1]).State = EntityState.Added;
            var saved = await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return saved;
        }));
        var clock = Stopwatch.StartNew();
        ScorecardDto after;
        do
        {
            await Task.Delay(200);
            after = await ScorecardAsync(data);
        }
        while (after.Run.Id == before.Run.Id && clock.Elapsed < TimeSpan.FromSeconds(30));

        Assert.True(before.Run.Id != after.Run.Id, await JobsAsync());
        Assert.Equal(IndicatorStatus.Value, after.Indicators.Single(i => i.Code == "CUS-01").Status);
        Assert.Equal("decision", after.Run.Trigger);
    }

    /// <summary>What Hangfire and the request table hold, for the failure message.</summary>
    private Task<string> JobsAsync() => Fixture.WithDbAsync(async db =>
        string.Join(" | ", await db.Database.SqlQueryRaw<string>(
            "SELECT j.id || ':' || coalesce(j.statename, '-') || ':' || coalesce(left(s.reason || ' ' || s.data::text, 400), '') AS \"Value\" FROM hangfire.job j LEFT JOIN hangfire.state s ON s.id = j.stateid").ToListAsync())
        + $" requests={await db.ScoreRequests.CountAsync()} servers={await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM hangfire.server").SingleAsync()}");

    private async Task<ScorecardDto> ScorecardAsync(ScoringData data) =>
        (await Client.GetFromJsonAsync<ScorecardDto>(new Uri($"/api/cycles/{data.Year}/scorecards/OM-BS", UriKind.Relative)))!;
}
