using KpiTracker.Application.Data.Scoring;
using KpiTracker.Application.Features.Cycles.CloseCycle;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Domain.Quality;
using KpiTracker.Domain.Scoring;
using KpiTracker.IntegrationTests.Features.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Cycles;

/// <summary>GOV-02, computed at close, is stored and scored at full precision: rounding it moved the index and its gap closure.</summary>
public sealed class CloseCycleTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    /// <summary>Of North Al Batinah's 34 entered indicators, how many were first submitted by expiry and by the deadline.</summary>
    public static TheoryData<int, int> Timings => new()
    {
        { 34, 34 },
        { 34, 33 },
        { 31, 25 },
        { 30, 0 },
        { 1, 1 },
    };

    [Theory]
    [MemberData(nameof(Timings))]
    public async Task GOV_02_is_stored_and_scored_at_full_precision(int byExpiry, int byDeadline)
    {
        var data = await ScoringData.OpenAsync(Fixture);
        // By indicator code: the first byDeadline on time, the next ones late but before expiry, the rest never submitted.
        await Fixture.ExecuteAsOwnerAsync($"""
            WITH ranked AS (
                SELECT id, row_number() OVER (ORDER BY indicator_code) AS n FROM submissions
                WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-BS' AND indicator_code <> 'GOV-02')
            UPDATE submissions s SET
                state = CASE WHEN r.n <= {byExpiry} THEN s.state ELSE 'draft' END,
                first_submitted_at = CASE WHEN r.n <= {byDeadline} THEN timestamptz '2026-01-10T08:00:00Z'
                                          WHEN r.n <= {byExpiry} THEN timestamptz '2026-02-05T08:00:00Z' END,
                submit_count = CASE WHEN r.n <= {byExpiry} THEN 1 ELSE 0 END
            FROM ranked r WHERE s.id = r.id;
            """);
        var missing = await Fixture.WithDbAsync(db => db.Submissions.Where(s => s.CycleId == data.CycleId && s.OrgUnitCode == "OM-BS" && s.State == Domain.Collection.SubmissionState.Draft && s.IndicatorCode != Gov02.Code).Select(s => s.IndicatorCode).ToListAsync());
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 30, 8, 0, 0, TimeSpan.Zero));

        Assert.True((await Fixture.SendAsync(new CloseCycleCommand(data.Year))).IsSuccess);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year, "OM-BS"));

        var exact = Gov02.Compute(new SubmissionTiming(34, byExpiry, byDeadline))!.Value;
        var stored = await Fixture.WithDbAsync(db => db.Submissions.Where(s => s.CycleId == data.CycleId && s.OrgUnitCode == "OM-BS" && s.IndicatorCode == Gov02.Code)
            .Select(s => s.Revisions.Single(r => r.Number == s.CurrentRevision).Value).SingleAsync());
        Assert.Equal(exact, stored);

        // The run scores that exact value: the same numbers as the engine on it, GOV-02's score and the index alike.
        var edition = await Fixture.WithDbAsync(db => EditionModel.LoadAsync(db, data.EditionId, CancellationToken.None));
        var expected = ScoringEngine.Score(edition.Framework, [.. edition.Indicators.Select(i =>
            i.Code == Gov02.Code ? IndicatorResult.Accepted(i.Code, exact)
            : missing.Contains(i.Code) ? IndicatorResult.Missing(i.Code)
            : IndicatorResult.Accepted(i.Code, data.Values[("OM-BS", i.Code)]))], ScoreKind.Final);
        var run = await Fixture.WithDbAsync(async db =>
            (await ScoreRunRows.FillAsync(db, [await db.ScoreRuns.AsNoTracking().SingleAsync(r => r.OrgUnitCode == "OM-BS" && r.IsLatest)], CancellationToken.None))[0]);
        var gov02 = Assert.Single(run.Indicators, i => i.Code == Gov02.Code);
        var engine = Assert.Single(expected.Indicators, i => i.Code == Gov02.Code);
        Assert.Equal((exact, engine.Score), (gov02.Value, gov02.Score));
        Assert.Equal(expected.Overall, run.Overall);
    }
}
