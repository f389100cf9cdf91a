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
        // Scores carry one decimal with a point in both languages (docs/NUMBERS.md).
        await Expect(page.Locator("#overall")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+\.\d$"));
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

    [Fact]
    public async Task A_keyboard_user_skips_to_the_content_and_opens_a_queued_submission_without_a_mouse()
    {
        var page = await fixture.SignInAsync("reviewer.bs");
        await page.GotoAsync("/review");

        // The first Tab reaches the skip link, which then shows on screen; Enter moves the focus to the content.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("a.skip-link")).ToBeFocusedAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => { const r = document.querySelector('a.skip-link').getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth; }"));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#main")).ToBeFocusedAsync();
        // Still this page (a bare "#main" under <base href="/"> would have gone to the home page).
        Assert.Matches("/review#main$", page.Url);

        // From there, Tab goes through the filters to the queue's first submission link; Enter opens it.
        var target = page.Locator("#queue tbody th a").First;
        var href = await target.GetAttributeAsync("href");
        for (var i = 0; i < 80 && !await target.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(target).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**{href}");
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        fixture.AssertNoServerFailures();
    }
}
