using System.Globalization;
using KpiTracker.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiTracker.BrowserTests.Journeys;

/// <summary>
/// OM-BS's reviewer, in Arabic then English, opens an improvement action from a red indicator of the closed 2024
/// scorecard (the expected value comes prefilled) and finds it in the scorecard's improvement plan, beside the demo's actions.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ImprovementActionJourneyTests(BrowserFixture fixture)
{
    private const int Year = DemoItems.OpenYear - 1;

    [Fact]
    public async Task A_reviewer_opens_an_action_from_a_red_indicator_and_the_scorecard_shows_it_in_the_plan()
    {
        var page = await fixture.SignInAsync("reviewer.bs");
        var due = DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var language in new[] { "ar", "en" })
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c%3D{language}%7Cuic%3D{language}", Url = fixture.BaseUrl }]);
            await page.GotoAsync($"/cycles/{Year}/scorecards/OM-BS");
            await Expect(page.Locator("#improvement-plan")).ToBeVisibleAsync();
            await Expect(page.Locator("#actions-opened tbody tr").First).ToBeVisibleAsync();

            var open = page.Locator("#weak-indicators li:has(.light-red) a[id^='open-action-']").First;
            var indicator = (await open.GetAttributeAsync("id"))!["open-action-".Length..];
            await open.ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
            Assert.False(string.IsNullOrWhiteSpace(await page.InputValueAsync("#a-expected")), "The expected value should come prefilled.");

            var title = $"journey {language} {indicator}";
            await page.FillAsync("#a-title", title);
            await page.FillAsync("#a-due", due);
            await page.ClickAsync("#open-submit");

            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/cycles/{Year}/scorecards/OM-BS"));
            await Expect(page.Locator("#actions-opened")).ToContainTextAsync(title);
            await Expect(page.Locator($"#open-action-{indicator}")).ToHaveCountAsync(0);
        }

        await page.GotoAsync("/governorates/OM-BS/actions?overdue=true");
        await Expect(page.Locator("#actions tbody tr").First).ToBeVisibleAsync();
        fixture.AssertNoServerFailures();
    }
}
