using KpiTracker.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace KpiTracker.BrowserTests.Journeys;

/// <summary>The accessibility scan every page test relies on reports what it should: a page given two serious violations fails it.</summary>
[Collection(BrowserGroup.Name)]
public sealed class AccessibilityScanTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_scan_fails_a_page_with_an_image_without_a_text_alternative_and_a_button_without_a_name()
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
    }
}
