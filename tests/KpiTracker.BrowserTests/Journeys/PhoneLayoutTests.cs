using KpiTracker.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiTracker.BrowserTests.Journeys;

/// <summary>
/// A phone of 390 × 844 px: the header takes at most 15 % of the screen with the menu folded behind one button; a listed
/// row shows each label and its value on one line; a wide table keeps its first column in view; the 404 page keeps the
/// user's menu and unread count. In both languages, axe clean with the menu open.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class PhoneLayoutTests(BrowserFixture fixture)
{
    private const int Width = 390;
    private const int Height = 844;

    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task The_header_folds_rows_read_on_one_line_wide_tables_keep_their_names_and_404_keeps_the_menu(string language)
    {
        // central1 has the longest menu of the demo users.
        var page = await SignInAsync("central1", language);
        await page.GotoAsync("/home");
        var header = await page.Locator("#site-header").BoundingBoxAsync();
        Assert.True(header!.Height <= Height * 0.15, $"the header is {header.Height} px of {Height}");
        await Expect(page.Locator("#menu-cycles")).ToBeHiddenAsync();

        await page.ClickAsync("#menu-toggle");
        await Expect(page.Locator("#menu-toggle")).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(page.Locator("#menu-cycles")).ToBeVisibleAsync();
        await Expect(page.Locator("#sign-out")).ToBeVisibleAsync();
        await page.ScanAsync(fixture, "phone-menu-open");
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#menu-cycles")).ToBeHiddenAsync();
        await Expect(page.Locator("#menu-toggle")).ToBeFocusedAsync();

        // A listed row: the value starts on its label's line, not below it.
        await page.GotoAsync("/cycles/2025/progress");
        var offsets = await page.EvaluateAsync<double[]>("""
            () => [...document.querySelectorAll('table.stack td[data-label]')].filter(td => td.textContent.trim().length > 0).slice(0, 20).map(td => {
              const range = document.createRange();
              range.selectNodeContents(td);
              return range.getClientRects()[0].top - td.getBoundingClientRect().top;
            })
            """);
        Assert.NotEmpty(offsets);
        // The label is one line of about 24 px; a value set below it would start at least that far down (a chip's own
        // padding puts its text up to ~9 px lower on the same line).
        Assert.All(offsets, offset => Assert.InRange(offset, 0, 12));

        // A wide table scrolled to its far end still shows its first column.
        await page.GotoAsync("/cycles/2025/comparison");
        var heat = page.Locator("#heat-map");
        await heat.ScrollIntoViewIfNeededAsync();
        // Right to left, the far end is at a negative scrollLeft.
        await heat.EvaluateAsync("(t, rtl) => { const wrap = t.closest('.table-wrap'); wrap.scrollLeft = rtl ? -wrap.scrollWidth : wrap.scrollWidth; }", language == "ar");
        var first = await heat.Locator("tbody tr").First.Locator("th, td").First.BoundingBoxAsync();
        Assert.True(first!.X >= 0 && first.X + first.Width <= Width, $"the first column is at {first.X}..{first.X + first.Width}");
        var scrolled = await heat.EvaluateAsync<double>("t => Math.abs(t.closest('.table-wrap').scrollLeft)");
        Assert.True(scrolled > 0, "the heat map did not scroll: it is not wider than the phone");

        // The 404 page keeps the menu and the unread count of the pages around it.
        var unread = await page.Locator("#unread-count").TextContentAsync();
        var missing = await page.GotoAsync("/no-such-page");
        Assert.Equal(404, missing!.Status);
        await Expect(page.Locator("#unread-count")).ToHaveTextAsync(unread!);
        await page.ClickAsync("#menu-toggle");
        await Expect(page.Locator("#menu-cycles")).ToBeVisibleAsync();
        await page.ScanAsync(fixture, "phone-not-found");
        fixture.AssertNoServerFailures();
    }

    private async Task<IPage> SignInAsync(string user, string language)
    {
        var page = await fixture.SignInAsync(user, Width);
        await page.SetViewportSizeAsync(Width, Height);
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c%3D{language}%7Cuic%3D{language}", Url = fixture.BaseUrl }]);
        return page;
    }
}
