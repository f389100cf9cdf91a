using KpiTracker.Application.Features.Scoring.GetComparison;
using KpiTracker.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiTracker.BrowserTests.Journeys;

/// <summary>
/// A viewer reading results, in Arabic and English at 1280 and 390 px on one signed-in context: from home to the OM-BS 2024
/// scorecard in one click; the open cycle's comparison with its provisional banner, a governorate below the coverage threshold
/// shown grey without a band colour, and its names leading to the scorecards. Every page passes the scan and is saved as a
/// screenshot.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ResultsJourneyTests(BrowserFixture fixture)
{
    /// <summary>The grey of a cell whose band is not established (app.css, <c>td.not-established</c>).</summary>
    private const string NotEstablishedGrey = "rgb(236, 239, 243)";

    [Fact]
    public async Task A_viewer_reaches_a_scorecard_from_home_and_from_the_comparison_which_shows_the_rule_for_provisional_results()
    {
        var open = (await fixture.SendAsync(new GetComparisonQuery(DemoItems.OpenYear))).Value;
        var below = open.League.FirstOrDefault(l => l.InsufficientData)?.Governorate;
        Assert.True(below is not null, "The demo's open cycle should have a governorate below the coverage threshold.");
        var page = await fixture.SignInAsync("viewer");

        foreach (var language in new[] { "ar", "en" })
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c%3D{language}%7Cuic%3D{language}", Url = fixture.BaseUrl }]);
            foreach (var width in new[] { 1280, 390 })
            {
                await page.SetViewportSizeAsync(width, 900);

                // Home → the OM-BS 2024 scorecard: one click (the newest closed cycle's scorecards are on the home page).
                await page.GotoAsync("/home");
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
                await Expect(page.Locator("#identity-name")).ToBeVisibleAsync();
                await page.ScanAsync(fixture, "home-viewer");
                await page.Locator("#results-2024 a.gov-link[data-scorecard='OM-BS']").ClickAsync();
                await page.WaitForURLAsync("**/cycles/2024/scorecards/OM-BS");
                await Expect(page.Locator("h1")).ToBeVisibleAsync();

                // The open cycle's comparison: the banner, and the governorate below the threshold grey, without a band.
                await page.GotoAsync($"/cycles/{DemoItems.OpenYear}/comparison");
                await Expect(page.Locator("#provisional-banner")).ToBeVisibleAsync();
                var band = page.Locator($"#league-{below} td.band-cell");
                await Expect(band).ToHaveClassAsync("band-cell not-established");
                Assert.Equal(NotEstablishedGrey, await band.EvaluateAsync<string>("c => getComputedStyle(c).backgroundColor"));
                await Expect(page.Locator($"#league-{below}")).ToHaveAttributeAsync("data-established", "false");
                await page.ScanAsync(fixture, "comparison");

                // Any governorate's name leads to its scorecard of that cycle.
                await page.Locator($"#league-{below} a.gov-link").ClickAsync();
                await page.WaitForURLAsync($"**/cycles/{DemoItems.OpenYear}/scorecards/{below}");

                // A closed cycle's comparison carries no banner.
                await page.GotoAsync("/cycles/2024/comparison");
                await Expect(page.Locator("#league")).ToBeVisibleAsync();
                await Expect(page.Locator("#provisional-banner")).ToHaveCountAsync(0);
            }
        }

        fixture.AssertNoServerFailures();
    }
}
