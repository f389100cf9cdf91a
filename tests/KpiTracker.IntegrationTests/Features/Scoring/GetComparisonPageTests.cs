using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Scoring.GetComparisonPage;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>The comparison page's one query: the comparison, the chosen indicator's trend, the bands and the governorates' names.</summary>
public sealed class GetComparisonPageTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_query_returns_the_comparison_with_the_chosen_indicator_s_trend_the_bands_and_the_names()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));

        var page = (await QueryAsync(new GetComparisonPageQuery(data.Year, "CUS-01"))).Value;

        Assert.Equal(data.Governorates.Order(), page.Comparison.League.Select(l => l.Governorate).Order());
        Assert.Equal("CUS-01", page.Trend!.Indicator);
        Assert.Equal(data.Governorates, page.Governorates.Select(g => g.Code));
        Assert.All(page.Governorates, g => Assert.False(string.IsNullOrEmpty(g.NameAr)));
        Assert.NotEmpty(page.Bands);
        Assert.Equal(page.Bands.OrderByDescending(b => b.MinScore).Select(b => b.Code), page.Bands.Select(b => b.Code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("XYZ-99")]
    public async Task An_absent_or_unknown_indicator_shows_the_first_one_s_trend(string? indicator)
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));

        var page = (await QueryAsync(new GetComparisonPageQuery(data.Year, indicator))).Value;

        Assert.Equal(page.Comparison.Indicators[0].Code, page.Trend!.Indicator);
    }

    [Fact]
    public async Task A_cycle_that_cannot_be_compared_is_not_found()
    {
        var result = await QueryAsync(new GetComparisonPageQuery(2031, null));

        Assert.Equal(ErrorKind.NotFound, result.Error!.Kind);
    }

    private async Task<TResponse> QueryAsync<TResponse>(IQuery<TResponse> query)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }
}
