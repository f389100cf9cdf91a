using System.Globalization;
using KpiTracker.Application.Features.Cycles.GetCycle;
using KpiTracker.Application.Features.Frameworks.GetEdition;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.GetComparison;
using KpiTracker.Application.Features.Scoring.GetComparisonTrend;
using KpiTracker.BrowserTests.Infrastructure;
using KpiTracker.Domain.Scoring;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiTracker.BrowserTests.Journeys;

/// <summary>
/// The central team's comparison of the demo's open cycle, in both languages, on a desktop and at 320 px: the league table in
/// the order and with the ranks the comparison query gives, the heat map's cells each with its band written out, and the trends
/// of one indicator over the demo's two cycles as the trend query gives them.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ComparisonTests(BrowserFixture fixture)
{
    private const int Year = DemoItems.OpenYear;

    [Theory]
    [InlineData("ar", 1280)]
    [InlineData("en", 1280)]
    [InlineData("ar", 320)]
    public async Task The_central_team_sees_the_league_in_rank_order_the_heat_map_with_bands_and_an_indicators_trend(string language, int width)
    {
        var page = await fixture.SignInAsync("central1", width);
        if (language == "en")
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c%3Den%7Cuic%3Den", Url = fixture.BaseUrl }]);
        }

        var comparison = (await fixture.SendAsync(new GetComparisonQuery(Year))).Value;
        await page.GotoAsync($"/cycles/{Year}/comparison");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);

        var rows = await page.Locator("#league tbody tr").EvaluateAllAsync<string?[][]>("rows => rows.map(r => [r.id, r.getAttribute('data-rank')])");
        Assert.Equal(comparison.League.Select(l => $"league-{l.Governorate}"), rows.Select(r => r[0]));
        Assert.Equal(comparison.League.Select(l => l.Rank?.ToString(CultureInfo.InvariantCulture)), rows.Select(r => r[1]));
        var ranks = comparison.League.Where(l => l.Rank is not null).Select(l => l.Rank!.Value).ToList();
        Assert.Equal(ranks.Order(), ranks);
        Assert.True(ranks.Count >= 2, "The demo's open cycle should rank at least two governorates.");

        await AssertHeatMapAsync(page, comparison, language);
        await AssertTrendAsync(page, comparison, language);
        await AssertFitsAsync(page);
        await page.ScanAsync(fixture, "comparison");
    }

    /// <summary>Every criterion × governorate cell carries the band of its score, written in the page's language.</summary>
    private async Task AssertHeatMapAsync(IPage page, ComparisonDto comparison, string language)
    {
        var cycle = (await fixture.SendAsync(new GetCycleQuery(Year))).Value;
        var bands = (await fixture.SendAsync(new GetEditionQuery(cycle.Edition))).Value.Bands.OrderByDescending(b => b.MinScore).ToList();
        var order = comparison.League.Select(l => l.Governorate).ToList();
        var labelled = 0;
        foreach (var criterion in comparison.Criteria)
        {
            var cells = await page.Locator($"#heat-{criterion.Code} td").EvaluateAllAsync<string?[][]>("cells => cells.map(c => [c.getAttribute('data-band'), c.querySelector('small')?.textContent?.trim() ?? ''])");
            Assert.Equal(order.Count, cells.Length);
            for (var i = 0; i < order.Count; i++)
            {
                if (criterion.Scores[order[i]] is not { } score)
                {
                    Assert.Null(cells[i][0]);
                    continue;
                }

                var band = bands.FirstOrDefault(b => score >= b.MinScore) ?? bands[^1];
                Assert.Equal(band.Code, cells[i][0]);
                Assert.Equal(language == "ar" ? band.NameAr : band.NameEn, cells[i][1]);
                labelled++;
            }
        }

        Assert.True(labelled > 0, "The demo's heat map should have scored cells.");
    }

    /// <summary>
    /// Picks an indicator other than the first (which the page shows unasked), the one with the most accepted values this cycle,
    /// and compares its trend table and charts with the trend query.
    /// </summary>
    private async Task AssertTrendAsync(IPage page, ComparisonDto comparison, string language)
    {
        var indicator = comparison.Indicators.Skip(1).OrderByDescending(i => i.Values.Count(v => v.Status == IndicatorStatus.Value)).ThenBy(i => i.Code, StringComparer.Ordinal).First().Code;
        await page.SelectOptionAsync("#trend-indicator", indicator);
        await page.ClickAsync("#trend-show");
        await Expect(page.Locator("#trend-charts")).ToHaveAttributeAsync("data-indicator", indicator);
        await Expect(page.Locator("#trend-indicator")).ToHaveValueAsync(indicator);

        var trend = (await fixture.SendAsync(new GetComparisonTrendQuery(Year, indicator))).Value;
        Assert.Equal(Year, trend.Cycles[^1].Year);
        Assert.Contains(trend.Cycles, c => c.Year == Year - 1 && c.Kind == ScoreKind.Final);
        foreach (var row in trend.Governorates)
        {
            foreach (var point in row.Points)
            {
                var score = page.Locator($"#trend-{row.Governorate} td[data-cell=score][data-year='{point.Year}']");
                // One number convention in both languages: Latin digits with "." (docs/NUMBERS.md).
                await Expect(score).ToHaveTextAsync(KpiTracker.Domain.Common.NumberText.Score(point.Score));
                var value = page.Locator($"#trend-{row.Governorate} td[data-cell=value][data-year='{point.Year}']");
                if (point.Status == IndicatorStatus.Value)
                {
                    await Expect(value).ToHaveTextAsync(KpiTracker.Domain.Common.NumberText.Exact(point.Value));
                }
            }

            var dots = await page.Locator($"#trend-chart-{row.Governorate} circle.trend-point").CountAsync();
            Assert.Equal(row.Points.Count(p => p.Score is not null), dots);
        }

        Assert.True(
            trend.Governorates.Any(g => g.Points.Count(p => p.Score is not null) >= 2),
            $"{indicator}: no governorate has a score in two cycles: " + string.Join("; ", trend.Governorates.Select(g => g.Governorate + " " + string.Join(",", g.Points.Select(p => $"{p.Year}={p.Status}/{p.Score}")))));
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 1, $"{page.Url} scrolls sideways by {overflow} px at {page.ViewportSize?.Width} px wide");
    }
}
