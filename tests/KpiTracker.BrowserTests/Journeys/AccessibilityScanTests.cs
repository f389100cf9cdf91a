using KpiTracker.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace KpiTracker.BrowserTests.Journeys;

/// <summary>
/// The accessibility scan every page test relies on reports what it should: a page given two serious element violations fails
/// it, and so does a page-level one (a document without a language).
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class AccessibilityScanTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_scan_fails_a_page_with_an_image_without_alt_a_nameless_button_or_no_language()
    {
        var page = await fixture.SignInAsync("reviewer.bs");
        await page.GotoAsync("/");
        await Expect(page.Locator("#entry-points")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.EvaluateAsync("""
            () => {
              const main = document.querySelector('main');
              const image = document.createElement('img');
              image.src = '/favicon.png';
              image.id = 'scan-check-image';
              main.append(image);
              const button = document.createElement('button');
              button.id = 'scan-check-button';
              main.append(button);
            }
            """);
        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(page.AssertAccessibleAsync);
        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("button-name", failure.Message, StringComparison.Ordinal);
        Assert.Contains("scan-check-image", failure.Message, StringComparison.Ordinal);

        await page.GotoAsync("/");
        await Expect(page.Locator("#entry-points")).ToBeVisibleAsync();
        await page.EvaluateAsync("() => document.documentElement.removeAttribute('lang')");
        var pageLevel = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(page.AssertAccessibleAsync);
        Assert.Contains("html-has-lang", pageLevel.Message, StringComparison.Ordinal);
    }
}
