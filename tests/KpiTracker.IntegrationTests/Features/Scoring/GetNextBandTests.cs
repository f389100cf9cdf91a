using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.WhatIf;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Frameworks;
using KpiTracker.IntegrationTests.Infrastructure;
using static KpiTracker.IntegrationTests.Features.Scoring.WhatIfData;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>The suggested plan of <c>GET …/what-if</c>, and the scenario's from → to of <c>POST …/what-if</c>, on OM-BS's open cycle.</summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class GetNextBandTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly DateTimeOffset InWindow = new(2026, 1, 10, 6, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Every entered indicator of OM-BS at a score of 92 but PAO-02 (a count, 0 → 10) at 0; GOV-02 computed and missing:
    /// 89.37…, published 89.4 (Advanced), 0.6 short of Leading. PAO-02 alone at 3 gives 90.2: the plan is that one value,
    /// and the scenario with it is 89.4 → 90.2 (+0.8: the published numbers' difference, though 89.37… → 90.23… is 0.86).
    /// </summary>
    [Fact]
    public async Task One_count_short_of_leading_the_plan_is_that_count_as_a_whole_number_and_the_scenario_shows_from_to()
    {
        Fixture.Clock.SetUtcNow(InWindow);
        var data = await ScoringData.OpenAsync(Fixture);
        var edition = await Fixture.WithDbAsync(db => EditionModel.LoadAsync(db, data.EditionId, CancellationToken.None));
        await SetValuesAsync(Fixture, data, "OM-BS", edition.Indicators.Where(i => i.Source != SourceType.Platform)
            .Select(i => (i.Code, "accepted", (decimal?)(i.Code == "PAO-02" ? 0m : ValueScoring(i, 92m)))));

        var plan = (await Client.GetFromJsonAsync<NextBandDto>(new Uri(Url(data.Year), UriKind.Relative)))!;
        using var posted = await PostAsync(Client, data.Year, """{"values":{"PAO-02":3}}""");

        Assert.Equal((89.4m, "advanced", false, "leading", 0.6m), (plan.Overall, plan.Band, plan.InsufficientData, plan.NextBand, plan.Gap));
        var step = Assert.Single(plan.Plan.Steps);
        Assert.Equal(new PlanStepDto("PAO-02", 0m, 3m, 0m, 30m), step);
        Assert.Equal((90.2m, "leading", 30.0m, (string?)null), (plan.Plan.Overall, plan.Plan.Band, plan.Plan.TotalChange, plan.Plan.Reason));
        var scenario = (await posted.Content.ReadFromJsonAsync<WhatIfDto>())!;
        Assert.Equal((89.4m, 90.2m, 0.8m, "advanced", "leading"), (scenario.OverallFrom, scenario.Overall, scenario.OverallChange, scenario.BandFrom, scenario.Band));
        Assert.Equal(new WhatIfChangeDto("PAO-02", 0m, 3m, 0m, 30m, 30m), Assert.Single(scenario.Changes));
        var pao = scenario.Criteria.Single(c => c.Code == "PAO");
        Assert.True(pao.Score > pao.ScoreFrom, $"PAO {pao.ScoreFrom} → {pao.Score}");
    }

    /// <summary>
    /// Every entered indicator at a score of 80 (GOV-02 missing): Advanced, 10 points short of Leading, out of reach of any
    /// single indicator. The plan names several values the entry rules take, never GOV-02; sent back as a scenario they
    /// give the overall and band the plan names, and each changed indicator from → to as the plan lists it.
    /// </summary>
    [Fact]
    public async Task A_plan_of_several_values_reaches_its_band_through_the_scenario_and_a_refused_value_is_a_field_error()
    {
        Fixture.Clock.SetUtcNow(InWindow);
        var data = await ScoringData.OpenAsync(Fixture);
        var edition = await Fixture.WithDbAsync(db => EditionModel.LoadAsync(db, data.EditionId, CancellationToken.None));
        await SetValuesAsync(Fixture, data, "OM-BS", edition.Indicators.Where(i => i.Source != SourceType.Platform)
            .Select(i => (i.Code, "accepted", (decimal?)ValueScoring(i, 80m))));

        var plan = (await Client.GetFromJsonAsync<NextBandDto>(new Uri(Url(data.Year), UriKind.Relative)))!;
        var values = plan.Plan.Steps.ToDictionary(s => s.Code, s => s.ValueToEnter);
        using var posted = await Client.PostAsJsonAsync(new Uri(Url(data.Year), UriKind.Relative), new { values });
        using var refused = await PostAsync(Client, data.Year, """{"values":{"PAO-02":2.5,"LSP-01":100}}""");

        Assert.Equal((80.0m, "advanced", "leading", 10.0m), (plan.Overall, plan.Band, plan.NextBand, plan.Gap));
        Assert.All(plan.Indicators, r => Assert.Null(r.Value));
        Assert.True(plan.Plan.Steps.Count > 1, $"{plan.Plan.Steps.Count} steps");
        Assert.All(plan.Plan.Steps, s => Assert.Null(ValueRules.CheckValue(edition.IndicatorsByCode[s.Code], s.ValueToEnter, "value")));
        Assert.DoesNotContain(plan.Plan.Steps, s => s.Code == "GOV-02");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var scenario = (await posted.Content.ReadFromJsonAsync<WhatIfDto>())!;
        Assert.Equal((plan.Plan.Overall, plan.Plan.Band, plan.Overall), (scenario.Overall, scenario.Band, scenario.OverallFrom));
        Assert.True(scenario.Overall >= plan.NextBandMinScore);
        Assert.Equal(
            plan.Plan.Steps.Select(s => (s.Code, s.CurrentValue, s.ValueToEnter, s.ScoreFrom, s.ScoreTo)),
            scenario.Changes.Select(c => (c.Code, c.ValueFrom, c.ValueTo, c.ScoreFrom, (decimal)c.ScoreTo!)));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("value.not_whole", problem.RootElement.GetProperty("fieldCodes").GetProperty("values.PAO-02")[0].GetString());
        Assert.Single(problem.RootElement.GetProperty("fieldCodes").EnumerateObject());
    }
}
