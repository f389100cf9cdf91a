using KpiTracker.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiTracker.BrowserTests.Journeys;

/// <summary>
/// The what-if panel of OM-BS's scorecard in the demo's open cycle, in Arabic and English, at 1280 and 390 px on one signed-in
/// context: the summary, the plan and the Compute button sit above the indicators' table, and the plan's button computes a
/// scenario that reaches the band the plan names. Scanned with axe; the 1280 px result is saved as whatif.{language}.1280.png.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class WhatIfPanelTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_plan_sits_above_the_table_and_its_button_reaches_the_band_it_names()
    {
        var page = await fixture.SignInAsync("reviewer.bs");
        foreach (var language in new[] { "ar", "en" })
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c%3D{language}%7Cuic%3D{language}", Url = fixture.BaseUrl }]);
            foreach (var width in new[] { 1280, 390 })
            {
                await page.SetViewportSizeAsync(width, 900);
                await page.GotoAsync($"/cycles/{DemoItems.OpenYear}/scorecards/OM-BS");
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);

                var table = await Top(page, "#next-band");
                Assert.True(await Top(page, "#what-if-summary") < table, "the summary is above the table");
                Assert.True(await Top(page, "#what-if-plan") < table, "the plan is above the table");
                Assert.True(await Top(page, "#what-if-compute") < table, "the Compute button is above the table");
                var band = await page.Locator("#what-if-plan-lead").GetAttributeAsync("data-band");
                Assert.False(string.IsNullOrEmpty(band), "the demo's OM-BS has a plan");

                await page.Locator("#what-if-plan-run").ClickAsync();
                await Expect(page.Locator("#what-if-result")).ToBeVisibleAsync();
                fixture.AssertNoServerFailures();
                Assert.Equal(band, await page.Locator("#what-if-band").GetAttributeAsync("data-reached"));
                Assert.Equal(0, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"));
                await page.AssertAccessibleAsync();
                if (width == 1280)
                {
                    // The panel down to the first rows of the table, for the docs (the whole table is 35 rows long).
                    var span = await page.EvaluateAsync<float[]>("""
                        () => { const y = e => document.querySelector(e).getBoundingClientRect().top + window.scrollY;
                                return [y('#what-if'), y('#next-band') + 260]; }
                        """);
                    await page.ScreenshotAsync(new PageScreenshotOptions
                    {
                        Path = Path.Combine(fixture.ArtifactsPath, $"whatif.{language}.{width}.png"),
                        FullPage = true,
                        Clip = new Clip { X = 0, Y = span[0], Width = width, Height = span[1] - span[0] },
                    });
                }
            }
        }
    }

    private static async Task<float> Top(IPage page, string selector) => (await page.Locator(selector).BoundingBoxAsync())!.Y;
}
