using KpiTracker.Application.Features.Cycles.CloseCycle;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Scoring;
using KpiTracker.IntegrationTests.Features.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Cycles;

/// <summary>The expiry job on the 2025 cycle (expiry 15 February, close 30 April 2026, Muscat).</summary>
public sealed class CloseCycleExpiryJobTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task At_the_close_date_the_cycle_closes_unsubmitted_items_become_missing_GOV_02_is_computed_and_final_runs_are_written_once()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        // Every entered item in on 20 January (on time) except OM-BS's CUS-01, never submitted, and CUS-02, in on 10 February (late).
        await Fixture.ExecuteAsOwnerAsync($"""
            UPDATE submissions SET first_submitted_at = '2026-01-20T06:00:00Z', submitted_at = '2026-01-20T06:00:00Z' WHERE cycle_id = '{data.CycleId}' AND indicator_code <> 'GOV-02';
            UPDATE submissions SET state = 'draft', first_submitted_at = NULL, submitted_at = NULL, accepted_at = NULL WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-BS' AND indicator_code = 'CUS-01';
            UPDATE submissions SET first_submitted_at = '2026-02-10T06:00:00Z' WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-BS' AND indicator_code = 'CUS-02';
            """);

        // After expiry, before the close date (30 April, Muscat): entry is closed by the calendar, the job closes nothing.
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 30, 19, 0, 0, TimeSpan.Zero));
        var early = await Fixture.SendAsync(new CloseDueCyclesCommand());
        Assert.Empty(early.Closed);
        Assert.Equal(CycleStatus.Open, await Fixture.WithDbAsync(db => db.Cycles.Where(c => c.Id == data.CycleId).Select(c => c.Status).SingleAsync()));

        // 1 May 00:05 in Muscat.
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 30, 20, 5, 0, TimeSpan.Zero));
        var closing = await Fixture.SendAsync(new CloseDueCyclesCommand());
        Assert.Equal([data.Year], closing.Closed);
        Assert.Equal(11, closing.FinalRuns);

        var (status, cus01, gov02, runs) = await Fixture.WithDbAsync(async db => (
            await db.Cycles.Where(c => c.Id == data.CycleId).Select(c => c.Status).SingleAsync(),
            await db.Submissions.Where(s => s.CycleId == data.CycleId && s.OrgUnitCode == "OM-BS" && s.IndicatorCode == "CUS-01").Select(s => s.State).SingleAsync(),
            await db.ScoreRunIndicators.Where(i => i.Code == "GOV-02" && db.ScoreRuns.Any(r => r.Id == i.RunId && r.IsLatest && r.CycleId == data.CycleId && r.OrgUnitCode == "OM-BS")).Select(i => i.Value).SingleAsync(),
            await db.ScoreRuns.Where(r => r.CycleId == data.CycleId && r.IsLatest).Select(r => new { r.OrgUnitCode, r.Kind }).ToListAsync()));
        Assert.Equal(CycleStatus.Closed, status);
        Assert.Equal(SubmissionState.Missing, cus01);
        // 34 applicable entered indicators: 33 in by expiry, 32 by the deadline → 100 × (33 + 32) / 68, at full precision.
        Assert.Equal(100m * 65m / 68m, gov02);
        Assert.Equal(11, runs.Count);
        Assert.All(runs, r => Assert.Equal(ScoreKind.Final, r.Kind));
        Assert.Equal(data.Governorates.Order(StringComparer.Ordinal), runs.Select(r => r.OrgUnitCode).Order(StringComparer.Ordinal));
        var stored = await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync(r => r.CycleId == data.CycleId));

        // Again, and twice side by side: nothing more is closed or written.
        var again = await Task.WhenAll(Fixture.SendAsync(new CloseDueCyclesCommand()), Fixture.SendAsync(new CloseDueCyclesCommand()));
        Assert.All(again, r => Assert.Equal((0, 0), (r.Closed.Count, r.FinalRuns)));
        Assert.Equal(stored, await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync(r => r.CycleId == data.CycleId)));
        Assert.Equal(11, await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync(r => r.CycleId == data.CycleId && r.IsLatest)));
    }

    [Fact]
    public async Task A_closed_cycle_missing_its_final_runs_gets_them_on_the_next_run()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 2, 6, 0, 0, TimeSpan.Zero));
        await Fixture.SendAsync(new CloseDueCyclesCommand());
        // As if the process died between the close's commit and the runs: the final runs of two governorates are gone.
        await Fixture.ExecuteAsOwnerAsync($"DELETE FROM score_runs WHERE cycle_id = '{data.CycleId}' AND org_unit_code IN ('OM-MA', 'OM-ZU')");

        var next = await Fixture.SendAsync(new CloseDueCyclesCommand());

        Assert.Empty(next.Closed);
        Assert.Equal(2, next.FinalRuns);
        Assert.Equal(11, await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync(r => r.CycleId == data.CycleId && r.IsLatest && r.Kind == ScoreKind.Final)));
    }
}
