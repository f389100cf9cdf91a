using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Common;
using KpiTracker.IntegrationTests.Infrastructure;
using KpiTracker.Reports.Narrative;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>
/// The scorecard's narrative as <c>GET /api/cycles/{year}/scorecards/{governorate}</c> answers it: written from the latest run in
/// the caller's language, each sentence carrying that run and the numbers it states, which are the scorecard's own.
/// </summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class GetScorecardNarrativeTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_scored_cycle_after_a_prior_one_has_a_narrative_whose_numbers_are_the_scorecard_s_in_both_languages()
    {
        await ScoreAsync(2024, 0);
        await ScoreAsync(2025, 4);

        var english = await CardAsync("en");
        var arabic = await CardAsync("ar");
        var plan = (await Client.GetFromJsonAsync<NextBandDto>(new Uri("/api/cycles/2025/scorecards/OM-BS/what-if", UriKind.Relative)))!;

        var narrative = english.Narrative!;
        Assert.Equal((english.Run.Id, english.Run.InputHash), (narrative.RunId, narrative.InputHash));
        Assert.All(narrative.Sentences, s => Assert.Equal((english.Run.Id, english.Run.InputHash), (s.RunId, s.InputHash)));
        Assert.Equal(narrative.Sentences.Select(s => s.Topic), arabic.Narrative!.Sentences.Select(s => s.Topic));
        Assert.Contains(NarrativeTopic.CriteriaImproved, narrative.Sentences.Select(s => s.Topic));

        var overall = narrative.Sentences[0];
        Assert.Equal(NarrativeTopic.Overall, overall.Topic);
        Assert.StartsWith($"The overall index is {NumberText.Score(english.Overall)}, in the ", overall.Text, StringComparison.Ordinal);
        Assert.Contains(" points on 2024.", overall.Text, StringComparison.Ordinal);
        Assert.StartsWith($"بلغ المؤشر العام {NumberText.Score(english.Overall)} في فئة ", arabic.Narrative.Sentences[0].Text, StringComparison.Ordinal);
        Assert.Equal(english.Delta, overall.References.Single(r => r.Code == "delta").Value);

        // Every criterion and indicator number a sentence states is the scorecard's published one.
        foreach (var reference in narrative.Sentences.Where(s => s.Topic != NarrativeTopic.Plan).SelectMany(s => s.References).Where(r => r.Value is not null))
        {
            if (reference.Kind == NarrativeTarget.Criterion && reference.Code != "count")
            {
                Assert.Equal(english.Criteria.Single(c => c.Code == reference.Code).Score, reference.Value);
            }
            else if (reference.Kind == NarrativeTarget.Indicator)
            {
                Assert.Equal(english.Indicators.Single(i => i.Code == reference.Code).ChangeBetweenValues, reference.Value);
            }
        }

        // The plan to the next band is the what-if's, stated from the same inputs the run read.
        var planned = Assert.Single(narrative.Sentences, s => s.Topic == NarrativeTopic.Plan);
        Assert.Equal(
            plan.Plan.Steps.Select(s => (s.Code, (decimal?)s.ValueToEnter)).OrderBy(s => s.Code, StringComparer.Ordinal),
            planned.References.Where(r => r.Kind == NarrativeTarget.Indicator).Select(r => (r.Code, r.Value)));
        Assert.Equal(plan.Plan.Overall, planned.References.Single(r => r is { Kind: NarrativeTarget.Plan, Code: "overall" }).Value);
    }

    [Fact]
    public async Task Rescoring_the_same_inputs_gives_the_same_text_and_a_first_cycle_states_no_change()
    {
        await ScoreAsync(2025, 4);
        var first = await CardAsync("ar");
        await Fixture.SendAsync(new ScoreCycleCommand(2025, "OM-BS"));
        var again = await CardAsync("ar");

        Assert.NotEqual(first.Run.Id, again.Run.Id);
        Assert.Equal(first.Run.InputHash, again.Run.InputHash);
        Assert.Equal(first.Narrative!.Sentences.Select(s => s.Text), again.Narrative!.Sentences.Select(s => s.Text));
        Assert.DoesNotContain(first.Narrative.Sentences, s => s.Topic is NarrativeTopic.CriteriaImproved or NarrativeTopic.CriteriaFell
            or NarrativeTopic.IndicatorGains or NarrativeTopic.IndicatorFalls);
        Assert.DoesNotContain("2024", string.Concat(first.Narrative.Sentences.Select(s => s.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Below_two_thirds_coverage_only_coverage_and_data_quality_are_stated()
    {
        var data = await ScoringData.OpenAsync(Fixture, 2025);
        await Fixture.ExecuteAsOwnerAsync($"UPDATE submissions SET state = 'submitted' WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-BS' AND indicator_code NOT LIKE 'CUS-%' AND indicator_code NOT LIKE 'LSP-%'");
        await Fixture.SendAsync(new ScoreCycleCommand(2025, "OM-BS"));

        var card = await CardAsync("en");

        Assert.Contains("insufficient_data", card.Flags);
        Assert.Equal([NarrativeTopic.Coverage, NarrativeTopic.Quality], card.Narrative!.Sentences.Select(s => s.Topic));
        Assert.StartsWith($"Coverage is {NumberText.Share(card.Coverage)}: {NumberText.Count(card.ValueCount)} of {NumberText.Count(card.ApplicableCount)} applicable indicators have an accepted value, below two thirds",
            card.Narrative.Sentences[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_narrative_is_read_with_the_scorecard_s_access()
    {
        await ScoreAsync(2025, 4);
        using var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null)), "ar");
        using var owner = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("owner.bs", (Role.IndicatorOwner, "OM-BS", "CUS-01")));

        var own = (await reviewer.GetFromJsonAsync<ScorecardDto>(new Uri("/api/cycles/2025/scorecards/OM-BS", UriKind.Relative)))!;
        using var other = await reviewer.GetAsync(new Uri("/api/cycles/2025/scorecards/OM-MA", UriKind.Relative));
        using var refused = await owner.GetAsync(new Uri("/api/cycles/2025/scorecards/OM-BS", UriKind.Relative));

        Assert.NotEmpty(own.Narrative!.Sentences);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.Forbidden), (other.StatusCode, refused.StatusCode));
    }

    private async Task ScoreAsync(int year, int shift)
    {
        await ScoringData.OpenAsync(Fixture, year, shift);
        Assert.True((await Fixture.SendAsync(new ScoreCycleCommand(year, "OM-BS"))).IsSuccess);
    }

    private async Task<ScorecardDto> CardAsync(string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/cycles/2025/scorecards/OM-BS", UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ScorecardDto>())!;
    }
}
