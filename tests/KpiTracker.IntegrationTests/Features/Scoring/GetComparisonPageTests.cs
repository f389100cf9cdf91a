using System.Text.RegularExpressions;
using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Scoring.GetComparisonPage;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>The comparison page's one query: the comparison, the chosen indicator's trend, the bands and the governorates' names.</summary>
[Collection(SecondDatabaseGroup.Name)]
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

    [Fact]
    public async Task Below_the_coverage_threshold_no_band_colour_is_shown_and_names_link_only_to_scorecards_the_reader_may_open()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.ExecuteAsOwnerAsync($"UPDATE submissions SET state = 'draft' WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-MA'");
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));
        using var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null)));

        var page = (await QueryAsync(new GetComparisonPageQuery(data.Year, null))).Value;
        var html = await Client.GetStringAsync(new Uri($"/cycles/{data.Year}/comparison", UriKind.Relative));

        Assert.True(page.Comparison.League.Single(l => l.Governorate == "OM-MA").InsufficientData);
        Assert.Equal(data.Governorates, page.Scorecards);
        var row = Regex.Match(html, "<tr id=\"league-OM-MA\".*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("data-established=\"false\"", row, StringComparison.Ordinal);
        Assert.Contains("class=\"band-cell not-established\"", row, StringComparison.Ordinal);
        Assert.DoesNotMatch("band-(leading|advanced|established|developing|initial)", row);
        Assert.Contains("id=\"provisional-banner\"", html, StringComparison.Ordinal);
        Assert.Equal(11, Regex.Count(html, $"<tr id=\"league-OM-[A-Z]+\"[^>]*>\\s*<td[^>]*>.*?</td>\\s*<th scope=\"row\"[^>]*>\\s*<a href=\"/cycles/{data.Year}/scorecards/OM-", RegexOptions.Singleline));

        // A governorate's reviewer reads the comparison once the cycle is closed, and only their own governorate's scorecard.
        await data.CloseAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));
        var closed = await reviewer.GetStringAsync(new Uri($"/cycles/{data.Year}/comparison", UriKind.Relative));

        Assert.Contains($"href=\"/cycles/{data.Year}/scorecards/OM-BS\"", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("/scorecards/OM-MA", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"provisional-banner\"", closed, StringComparison.Ordinal);
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
