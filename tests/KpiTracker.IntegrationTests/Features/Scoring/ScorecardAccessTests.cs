using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.GetTrend;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Application.Features.Scoring.WhatIf;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Scoring;

[Collection(SecondDatabaseGroup.Name)]
public sealed class ScorecardAccessTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Owners_get_403_for_their_governorate_and_404_for_others_reviewers_see_only_their_own_viewers_see_all()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));
        using var owner = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("owner.bs", (Role.IndicatorOwner, "OM-BS", "CUS-01")));
        using var reviewer = await ClientAsync("reviewer.bs", Role.GovernorateReviewer, "OM-BS");
        using var viewer = await ClientAsync("viewer.all", Role.Viewer, null);

        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(owner, $"/api/cycles/{data.Year}/scorecards/OM-BS"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(owner, $"/api/cycles/{data.Year}/scorecards/OM-MA"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(reviewer, $"/api/cycles/{data.Year}/scorecards/OM-BS"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(reviewer, $"/api/cycles/{data.Year}/scorecards/OM-MA"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(reviewer, $"/api/governorates/OM-MA/trend"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(viewer, $"/api/cycles/{data.Year}/scorecards/OM-MA"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(viewer, $"/api/cycles/{data.Year}/comparison"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(viewer, $"/api/cycles/{data.Year}/score", HttpMethod.Post));

        // The comparison shows other governorates' numbers, so a reviewer sees it only once the cycle is closed and final.
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(reviewer, $"/api/cycles/{data.Year}/comparison"));
        await data.CloseAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(reviewer, $"/api/cycles/{data.Year}/comparison"));
    }

    [Fact]
    public async Task The_scorecard_comparison_trend_and_what_if_read_the_latest_run()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        var scored = await Fixture.SendAsync(new ScoreCycleCommand(data.Year));

        var card = (await Client.GetFromJsonAsync<ScorecardDto>(new Uri($"/api/cycles/{data.Year}/scorecards/OM-BS", UriKind.Relative)))!;
        var comparison = (await Client.GetFromJsonAsync<ComparisonDto>(new Uri($"/api/cycles/{data.Year}/comparison", UriKind.Relative)))!;
        var trend = (await Client.GetFromJsonAsync<TrendDto>(new Uri("/api/governorates/OM-BS/trend?indicator=CUS-01", UriKind.Relative)))!;
        using var whatIf = await Client.PostAsJsonAsync(new Uri($"/api/cycles/{data.Year}/scorecards/OM-BS/what-if", UriKind.Relative), new { values = new Dictionary<string, decimal> { ["CUS-01"] = 100m } });
        var plan = (await Client.GetFromJsonAsync<NextBandDto>(new Uri($"/api/cycles/{data.Year}/scorecards/OM-BS/what-if", UriKind.Relative)))!;

        var run = scored.Value.Runs.Single(r => r.Governorate == "OM-BS");
        Assert.Equal((run.RunId, run.InputHash, run.Overall), (card.Run.Id, card.Run.InputHash, card.Overall));
        Assert.Contains("provisional", card.Flags);
        Assert.Equal(35, card.Indicators.Count);
        Assert.Equal(7, card.Criteria.Count);
        Assert.Equal("grey", card.Indicators.Single(i => i.Code == "GOV-02").Light);
        Assert.Equal(11, comparison.League.Count);
        Assert.Equal(card.Rank, comparison.League.Single(l => l.Governorate == "OM-BS").Rank);
        Assert.Equal(comparison.League.Select(l => l.Rank).Where(r => r is not null).Order(), comparison.League.Select(l => l.Rank).Where(r => r is not null));
        Assert.NotNull(comparison.Indicators.Single(i => i.Code == "CUS-01").Median);
        Assert.Equal(card.Indicators.Single(i => i.Code == "CUS-01").Value, Assert.Single(trend.Points).Value);
        Assert.Equal(HttpStatusCode.OK, whatIf.StatusCode);
        Assert.True((await whatIf.Content.ReadFromJsonAsync<WhatIfDto>())!.Overall >= card.Overall);
        Assert.Equal(card.Overall, plan.Overall);
        Assert.Equal(1, await Fixture.WithDbAsync(db => Task.FromResult(db.ScoreRuns.Count(r => r.OrgUnitCode == "OM-BS"))));
    }

    private async Task<HttpClient> ClientAsync(string name, Role role, string? org) =>
        await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync(name, (role, org, null)));

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, new Uri(path, UriKind.Relative));
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
