using KpiTracker.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace KpiTracker.BrowserTests.Journeys;

/// <summary>The language switch, and the server-side scope of a reviewer who types another governorate's address.</summary>
[Collection(BrowserGroup.Name)]
public sealed class LanguageAndScopeTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_language_switch_flips_direction_menu_and_numbers_and_survives_navigation()
    {
        var page = await fixture.SignInAsync("reviewer.bs");
        await page.GotoAsync("/cycles/2024/scorecards/OM-BS");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        await Expect(page.Locator("#menu-review")).ToHaveTextAsync("قائمة المراجعة");
        // Scores carry one decimal: the Arabic decimal separator in Arabic, a full stop in English.
        await Expect(page.Locator("#overall")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+٫\d$"));
        await page.ScanAsync(fixture, "scorecard-final");

        await page.ClickAsync("#language-switch");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("#menu-review")).ToHaveTextAsync("Review queue");
        await Expect(page.Locator("#overall")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+\.\d$"));
        await page.ScanAsync(fixture, "scorecard-final");

        await page.ClickAsync("#menu-review");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Review queue");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        await page.ClickAsync("#menu-home");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        await Expect(page.Locator("#home-review")).ToContainTextAsync("Review queue");

        await page.ClickAsync("#language-switch");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("#home-review")).ToContainTextAsync("قائمة المراجعة");
    }

    [Fact]
    public async Task A_reviewer_of_one_governorate_typing_another_governorates_submission_gets_the_not_found_page()
    {
        var page = await fixture.SignInAsync("reviewer.bs");

        var own = await page.GotoAsync("/cycles/2025/submissions/OM-BS/LSP-01");
        Assert.Equal(200, own!.Status);
        await Expect(page.Locator("h1")).ToContainTextAsync("LSP-01");

        var other = await page.GotoAsync("/cycles/2025/submissions/OM-MA/LSP-01");
        Assert.Equal(404, other!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("الصفحة غير موجودة");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("LSP-01");
        await page.ScanAsync(fixture, "not-found");

        var scorecard = await page.GotoAsync("/cycles/2025/scorecards/OM-MA");
        Assert.Equal(404, scorecard!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("الصفحة غير موجودة");
    }
}
