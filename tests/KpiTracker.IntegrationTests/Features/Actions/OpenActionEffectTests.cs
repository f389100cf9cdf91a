using System.Net.Http.Json;
using KpiTracker.Application.Data.Scoring;
using KpiTracker.Application.Features.Actions;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Domain.Improvement;
using KpiTracker.IntegrationTests.Features.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using KpiTracker.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Actions;

/// <summary>An action opened in 2024 and due in 2025 is measured by the 2025 run: its effect, the loop score, the input hash.</summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class OpenActionEffectTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_next_cycles_run_stores_the_loop_score_and_rescoring_gives_the_same_input_hash()
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        var action = await data.OpenAsync(data.Red);
        var cycle2025 = await ScoringData.OpenAsync(Fixture, 2025, shift: 5);

        var first = await Fixture.SendAsync(new ScoreCycleCommand(2025, "OM-BS"));
        var again = await Fixture.SendAsync(new ScoreCycleCommand(2025, "OM-BS"));
        var run = await LatestAsync(2025, "OM-BS");

        var indicator = await ActionData.IndicatorAsync(Fixture, data.Red);
        var expected = ActionEffect.Measure(indicator.Direction, indicator.Range, action.Baseline, action.Expected, cycle2025.Values[("OM-BS", data.Red)]);
        Assert.NotNull(expected.Realisation);
        Assert.Equal((100m * expected.Realisation, 1), (run!.LoopScore, run.LoopActions));
        Assert.Equal(Assert.Single(first.Value.Runs).InputHash, Assert.Single(again.Value.Runs).InputHash);
        // A manual run always writes; both runs read the same inputs and give the same loop score.
        var runs = await Fixture.WithDbAsync(db => db.ScoreRuns.AsNoTracking().Where(r => r.Year == 2025 && r.OrgUnitCode == "OM-BS").ToListAsync());
        Assert.Equal(2, runs.Count);
        Assert.Single(runs.Select(r => (r.InputHash, r.LoopScore, r.LoopActions)).Distinct());

        // The list shows the effect the run was computed from.
        var listed = Assert.Single((await data.ReviewerClient.GetFromJsonAsync<List<ActionDto>>(ActionData.Actions()))!);
        Assert.Equal((true, expected.Effect, expected.Realisation, 2025), (listed.Measured, listed.Effect, listed.Realisation, listed.DueYear));

        // The scorecard's narrative states the action due, written from this run.
        var card = await data.ReviewerClient.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri("/api/cycles/2025/scorecards/OM-BS", UriKind.Relative));
        var sentence = Assert.Single(card.GetProperty("narrative").GetProperty("sentences").EnumerateArray(), s => s.GetProperty("topic").GetString() == "actions");
        Assert.Equal(run.Id, sentence.GetProperty("runId").GetGuid());

        // The PDF: the narrative on the first page, the improvement plan on one page after the scorecard's four at most.
        foreach (var (lang, heading, realisation) in new[] { ("en", "Improvement plan", "Realisation"), ("ar", "خطة التحسين", "نسبة الإنجاز") })
        {
            using var response = await data.ReviewerClient.GetAsync(new Uri($"/api/cycles/2025/scorecards/OM-BS/pdf?lang={lang}", UriKind.Relative));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            var pdf = PdfTools.Save(await response.Content.ReadAsByteArrayAsync(), $"action-plan-{lang}");
            var pages = PdfTools.PageCount(pdf);
            Assert.InRange(pages, 2, 5);
            if (lang == "en")
            {
                // The card above was read in English: its sentence is the PDF's.
                Assert.Contains(PdfTools.Normalize(sentence.GetProperty("text").GetString()!), PdfTools.Normalize(PdfTools.ExtractText(pdf, 1)), StringComparison.Ordinal);
            }

            var last = PdfTools.Normalize(PdfTools.ExtractText(pdf, pages));
            Assert.Contains(PdfTools.Normalize(heading), last, StringComparison.Ordinal);
            Assert.Contains(PdfTools.Normalize(realisation), last, StringComparison.Ordinal);
            Assert.Contains(data.Red, last, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Dropping_the_action_changes_the_inputs_and_leaves_no_loop_score()
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        var cycle2025 = await ScoringData.OpenAsync(Fixture, 2025, shift: 5);
        // Opening the action due in the open 2025 cycle asks for OM-BS's 2025 run again, in the same save; so does dropping it.
        var before = await RequestVersionAsync(cycle2025.CycleId);
        await data.OpenAsync(data.Red);
        var opened = await RequestVersionAsync(cycle2025.CycleId);
        Assert.True(opened > before, $"opening the action should ask for the 2025 run (request version {before} → {opened})");
        var with = Assert.Single((await Fixture.SendAsync(new ScoreCycleCommand(2025, "OM-BS"))).Value.Runs);

        using var drop = await data.ReviewerClient.PostAsJsonAsync(ActionData.Actions(tail: "/1/status"), new { status = "dropped", note = "Budget withdrawn" });
        Assert.True(await RequestVersionAsync(cycle2025.CycleId) > opened, "dropping the action should ask for the 2025 run again");
        var without = Assert.Single((await Fixture.SendAsync(new ScoreCycleCommand(2025, "OM-BS"))).Value.Runs);
        var run = await LatestAsync(2025, "OM-BS");

        Assert.True(drop.IsSuccessStatusCode);
        Assert.NotEqual(with.InputHash, without.InputHash);
        Assert.Equal((null, 0), (run!.LoopScore, run.LoopActions));
    }

    /// <summary>The version of OM-BS's pending score request in the cycle (0 when none is pending).</summary>
    private Task<long> RequestVersionAsync(Guid cycleId) =>
        Fixture.WithDbAsync(db => db.ScoreRequests.AsNoTracking().Where(r => r.CycleId == cycleId && r.OrgUnitCode == "OM-BS").Select(r => r.Version).FirstOrDefaultAsync());

    private Task<ScoreRun?> LatestAsync(int year, string gov) =>
        Fixture.WithDbAsync(db => db.ScoreRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Year == year && r.OrgUnitCode == gov && r.IsLatest));
}
