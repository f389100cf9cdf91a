using System.Net.Http.Json;
using KpiTracker.Application.Data.Scoring;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Domain.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>The scorecard's weight shares are the engine's exact ones, and its data quality components are the run's.</summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class GetScorecardTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    /// <summary>
    /// North Al Batinah with every entered value accepted (a provisional score, so GOV-02, not computed yet, does not count) and
    /// some items not applicable: per criterion, the N/A items, each counted indicator's share of the criterion and the
    /// criterion's share of the index. INN keeps 2 applicable indicators, so it is not published and has no share; 6 remain.
    /// </summary>
    public static TheoryData<string, string[], decimal?, decimal?> Criteria => new()
    {
        { "LSP", [], 1m / 5m, 1m / 6m },
        { "HCC", ["HCC-05"], 1m / 4m, 1m / 6m },
        { "PAO", ["PAO-04", "PAO-05"], 1m / 3m, 1m / 6m },
        { "INN", ["INN-01", "INN-02", "INN-03"], null, null },
        { "GOV", [], 1m / 4m, 1m / 6m },
    };

    /// <summary>Why there is no scorecard: no such year or governorate, a cycle not open yet, or a first run being computed.</summary>
    public static TheoryData<string, string, string, string, string> Missing => new()
    {
        { "2031", "OM-BS", "scorecard.not_found", "There is no such cycle or governorate.", "لا توجد دورة أو محافظة بهذا الرمز." },
        { "2025", "OM-XX", "scorecard.not_found", "There is no such cycle or governorate.", "لا توجد دورة أو محافظة بهذا الرمز." },
        { "2026", "OM-BS", "scorecard.cycle_not_open", "This cycle has not opened yet: its scores appear once it opens for data entry.", "لم تُفتح هذه الدورة بعد: تظهر درجاتها عند فتحها لإدخال البيانات." },
        { "2025", "OM-BS", "scorecard.pending", "This governorate's scores in this cycle are being computed: they appear within a minute, and after every accepted or returned value.", "تُحتسب درجات هذه المحافظة في هذه الدورة الآن: تظهر خلال دقيقة، وتتحدث بعد كل قيمة تُقبل أو تُعاد." },
    };

    [Theory]
    [MemberData(nameof(Missing))]
    public async Task No_scorecard_answers_404_with_the_reason_in_the_caller_s_language(string year, string governorate, string code, string english, string arabic)
    {
        // An open 2025 cycle with values but no run yet (no job runs in this host), and a planned 2026 cycle.
        await ScoringData.OpenAsync(Fixture);
        using (var planned = await Client.PostAsJsonAsync(new Uri("/api/cycles", UriKind.Relative), new { year = 2026 }))
        {
            Assert.Equal(System.Net.HttpStatusCode.Created, planned.StatusCode);
        }

        foreach (var (language, message) in new[] { ("en", english), ("ar", arabic) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/cycles/{year}/scorecards/{governorate}", UriKind.Relative));
            request.Headers.AcceptLanguage.ParseAdd(language);
            using var response = await Client.SendAsync(request);
            var problem = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>())!;
            Assert.Equal((404, code, message), ((int)response.StatusCode, problem.GetProperty("code").GetString(), problem.GetProperty("detail").GetString()));
        }
    }

    [Theory]
    [MemberData(nameof(Criteria))]
    public async Task Weight_shares_are_exact_and_an_unpublished_criterion_has_none(string criterion, string[] notApplicable, decimal? indicatorShare, decimal? criterionShare)
    {
        var data = await ScoringData.OpenAsync(Fixture);
        var codes = string.Join(", ", Criteria.SelectMany(row => (string[])row[1]).Select(c => $"'{c}'"));
        await Fixture.ExecuteAsOwnerAsync($"UPDATE submissions SET state = 'not_applicable', not_applicable = 'granted' WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-BS' AND indicator_code IN ({codes})");
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year, "OM-BS"));

        var card = (await Client.GetFromJsonAsync<ScorecardDto>(new Uri($"/api/cycles/{data.Year}/scorecards/OM-BS", UriKind.Relative)))!;
        var run = await LatestRunAsync();

        Assert.Equal(criterionShare, Assert.Single(card.Criteria, c => c.Code == criterion).WeightShare);
        Assert.Equal(criterionShare, Assert.Single(run.Criteria, c => c.Code == criterion).WeightShare);
        foreach (var indicator in card.Indicators.Where(i => i.Criterion == criterion))
        {
            var counted = indicatorShare is not null && !notApplicable.Contains(indicator.Code) && indicator.Code != Gov02.Code;
            Assert.Equal(counted ? indicatorShare : null, indicator.WeightShare);
            // The run's contributions, at full precision, are that exact share × the score (× the criterion's share for the index).
            var stored = Assert.Single(run.Indicators, i => i.Code == indicator.Code);
            Assert.Equal(indicator.WeightShare * stored.Score, stored.ContributionToCriterion);
            Assert.Equal(indicator.WeightShare * stored.Score * criterionShare, stored.ContributionToOverall);
        }
    }

    [Fact]
    public async Task The_scorecard_shows_the_run_s_five_data_quality_components_whose_mean_is_its_index()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year, "OM-BS"));

        var card = (await Client.GetFromJsonAsync<ScorecardDto>(new Uri($"/api/cycles/{data.Year}/scorecards/OM-BS", UriKind.Relative)))!;
        var run = await LatestRunAsync();

        decimal[] components = [run.DqiCompleteness!.Value, run.DqiTimeliness!.Value, run.DqiFirstPassAcceptance!.Value, run.DqiEvidenceReviewed!.Value, run.DqiItemsWithoutOpenFlags!.Value];
        Assert.Equal(run.Dqi, components.Sum() / 5);
        var published = components.Select(c => ScoreRounding.Publish(c)).ToArray();
        Assert.Equal(new ScorecardQualityDto(published[0], published[1], published[2], published[3], published[4]), card.Quality);
        Assert.Equal(ScoreRounding.Publish(run.Dqi), card.Dqi);
    }

    [Fact]
    public async Task The_rank_is_of_every_governorate_and_each_national_median_is_that_of_the_published_criterion_scores()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        // INN unpublished in Muscat (fewer than 3 applicable indicators): its INN is left out of the median, which then has 10 scores.
        await Fixture.ExecuteAsOwnerAsync($"UPDATE submissions SET state = 'not_applicable', not_applicable = 'granted' WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-MU' AND indicator_code IN ('INN-01', 'INN-02', 'INN-03')");
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));

        var cards = new List<ScorecardDto>();
        foreach (var governorate in data.Governorates)
        {
            cards.Add((await Client.GetFromJsonAsync<ScorecardDto>(new Uri($"/api/cycles/{data.Year}/scorecards/{governorate}", UriKind.Relative)))!);
        }

        Assert.All(cards, c => Assert.Equal(11, c.RankOf));
        // Standard competition ranking of the published index: one more than the number of governorates strictly above.
        Assert.All(cards, c => Assert.Equal(1 + cards.Count(o => o.Overall > c.Overall), c.Rank));
        Assert.Null(Assert.Single(cards, c => c.Governorate == "OM-MU").Criteria.Single(c => c.Code == "INN").Score);
        foreach (var criterion in cards[0].Criteria.Select(c => c.Code))
        {
            var scores = cards.Select(c => c.Criteria.Single(x => x.Code == criterion).Score).OfType<decimal>().Order().ToList();
            Assert.Equal(criterion == "INN" ? 10 : 11, scores.Count);
            var median = scores.Count % 2 == 1 ? scores[scores.Count / 2] : (scores[(scores.Count / 2) - 1] + scores[scores.Count / 2]) / 2;
            Assert.All(cards, c => Assert.Equal(median, c.Criteria.Single(x => x.Code == criterion).NationalMedian));
        }
    }

    [Fact]
    public async Task The_trend_holds_the_last_three_cycles_up_to_the_year_oldest_first_as_each_year_s_card_shows_them()
    {
        foreach (var (year, shift) in new[] { (2022, 0), (2023, 3), (2024, 5), (2025, 8) })
        {
            var data = await ScoringData.OpenAsync(Fixture, year, shift);
            if (year < 2025)
            {
                await data.CloseAsync(Fixture);
            }

            await Fixture.SendAsync(new ScoreCycleCommand(year, "OM-BS"));
        }

        var cards = new Dictionary<int, ScorecardDto>();
        foreach (var year in new[] { 2022, 2023, 2024, 2025 })
        {
            cards[year] = (await Client.GetFromJsonAsync<ScorecardDto>(new Uri($"/api/cycles/{year}/scorecards/OM-BS", UriKind.Relative)))!;
        }

        Assert.Equal([2023, 2024, 2025], cards[2025].Trend.Select(t => t.Year));
        Assert.Equal([ScoreKind.Final, ScoreKind.Final, ScoreKind.Provisional], cards[2025].Trend.Select(t => t.Kind));
        Assert.Equal([2022, 2023], cards[2023].Trend.Select(t => t.Year));
        Assert.Equal([2022], cards[2022].Trend.Select(t => t.Year));
        foreach (var point in cards[2025].Trend)
        {
            var card = cards[point.Year];
            Assert.Equal((card.Overall, card.Band, card.Flags.Contains("insufficient_data")), (point.Overall, point.Band, point.InsufficientData));
            Assert.Equal(card.Criteria.ToDictionary(c => c.Code, c => c.Score), point.Criteria);
        }

        // The numbers differ from year to year (the values moved), so the trend is not one year repeated.
        Assert.Equal(3, cards[2025].Trend.Select(t => t.Overall).Distinct().Count());
    }

    private Task<ScoreRun> LatestRunAsync() => Fixture.WithDbAsync(async db =>
        (await ScoreRunRows.FillAsync(db, [await db.ScoreRuns.AsNoTracking().SingleAsync(r => r.OrgUnitCode == "OM-BS" && r.IsLatest)], CancellationToken.None))[0]);
}
