using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace KpiTracker.BrowserTests.Infrastructure;

/// <summary>What every visited page must pass: an axe-core scan without serious or critical violations; and its screenshot as an artifact.</summary>
public static class PageChecks
{
    /// <summary>
    /// Only violations are collected node by node (axe's resultTypes): every rule still runs and every violating node is reported,
    /// but axe no longer builds selectors for every passing node (the scorecard's scan went from about 6.5 to 4.5 s on the test
    /// machine). <c>AccessibilityScanTests</c> checks that a page with violations still fails.
    /// </summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { ResultTypes = new HashSet<ResultType> { ResultType.Violations } });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"Accessibility violations on {page.Url}:\n" + string.Join("\n", serious.Select(Describe)));
    }

    /// <summary>Scans the page and saves a full-page screenshot named after the page and the language it shows.</summary>
    public static async Task ScanAsync(this IPage page, BrowserFixture fixture, string name)
    {
        await page.AssertAccessibleAsync();
        var language = await page.GetAttributeAsync("html", "lang") ?? "xx";
        var width = page.ViewportSize?.Width ?? 0;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ArtifactsPath, $"{name}.{language}.{width}.png"), FullPage = true });
    }

    private static string Describe(AxeResultItem item) =>
        $"- {item.Id} ({item.Impact}): {item.Help} at " + string.Join("; ", item.Nodes.Take(5).Select(n => n.Target?.ToString() + " " + n.Html));
}
