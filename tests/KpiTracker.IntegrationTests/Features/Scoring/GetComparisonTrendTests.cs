using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.GetTrend;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Common;
using KpiTracker.Domain.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Scoring;

[Collection(SecondDatabaseGroup.Name)]
public sealed class GetComparisonTrendTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Every_governorate_gets_the_indicator_of_each_cycle_as_its_own_trend_reads_it()
    {
        var closed = await ScoringData.OpenAsync(Fixture, 2024);
        await closed.CloseAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(2024));
        var open = await ScoringData.OpenAsync(Fixture, 2025);
        await Fixture.SendAsync(new ScoreCycleCommand(2025));

        var trend = (await Client.GetFromJsonAsync<ComparisonTrendDto>(new Uri("/api/cycles/2025/comparison/trend?indicator=CUS-01", UriKind.Relative)))!;
        var json = await Client.GetStringAsync(new Uri("/api/cycles/2025/comparison/trend?indicator=CUS-01", UriKind.Relative));
        // The point's status goes on the wire as the same lower snake case text it was as a string.
        Assert.Contains("{\"year\":2024,\"status\":\"value\",", json, StringComparison.Ordinal);

        Assert.Equal(("CUS-01", "percent"), (trend.Indicator, trend.Unit));
        Assert.Equal([new TrendCycleDto(2024, ScoreKind.Final), new TrendCycleDto(2025, ScoreKind.Provisional)], trend.Cycles);
        Assert.Equal(open.Governorates, trend.Governorates.Select(g => g.Governorate));
        foreach (var row in trend.Governorates)
        {
            var own = (await Client.GetFromJsonAsync<TrendDto>(new Uri($"/api/governorates/{row.Governorate}/trend?indicator=CUS-01", UriKind.Relative)))!;
            Assert.Equal(own.Points.Select(p => (p.Year, p.Status, p.Value, p.Score)), row.Points.Select(p => (p.Year, p.Status?.ToCode(), p.Value, p.Score)));
            Assert.Equal([closed.Values[(row.Governorate, "CUS-01")], open.Values[(row.Governorate, "CUS-01")]], row.Points.Select(p => p.Value!.Value));
        }
    }

    [Fact]
    public async Task A_reviewer_sees_closed_cycles_only_and_bad_requests_are_refused()
    {
        var closed = await ScoringData.OpenAsync(Fixture, 2024);
        await closed.CloseAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(2024));
        await ScoringData.OpenAsync(Fixture, 2025);
        await Fixture.SendAsync(new ScoreCycleCommand(2025));
        using var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.trend", (Role.GovernorateReviewer, "OM-BS", null)));

        using var openCycle = await reviewer.GetAsync(new Uri("/api/cycles/2025/comparison/trend?indicator=CUS-01", UriKind.Relative));
        var closedCycle = (await reviewer.GetFromJsonAsync<ComparisonTrendDto>(new Uri("/api/cycles/2024/comparison/trend?indicator=CUS-01", UriKind.Relative)))!;
        using var unknown = await Client.GetAsync(new Uri("/api/cycles/2025/comparison/trend?indicator=XYZ-99", UriKind.Relative));
        using var missing = await Client.GetAsync(new Uri("/api/cycles/2025/comparison/trend", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, openCycle.StatusCode);
        Assert.Contains("comparison.unpublished", await openCycle.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([2024], closedCycle.Cycles.Select(c => c.Year));
        Assert.All(closedCycle.Governorates, g => Assert.Equal(IndicatorStatus.Value, Assert.Single(g.Points).Status));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("\"indicator\"", await missing.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
