using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace KpiTracker.BrowserTests.Infrastructure;

/// <summary>What every visited page must pass: an axe-core scan without serious or critical violations; and its screenshot as an artifact.</summary>
public static class PageChecks
{
    /// <summary>axe-core as bundled by Deque.AxeCore.Commons, read once.</summary>
    private static readonly Lazy<string> AxeSource = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>
    /// Runs axe-core once over the whole document in the page itself (every rule, page-level ones included) and fails on a
    /// serious or critical violation. axe is injected into the page when it is not there yet; only violations are collected
    /// node by node (axe's resultTypes), so axe does not build selectors for every passing node. Deque's Playwright helper did the
    /// same scan as runPartial in the page plus finishRun in a second, new page with a second injection, for frames this app
    /// does not have; that cost 1.5–2 s per scan on the test machine. <c>AccessibilityScanTests</c> checks that violations,
    /// including a page-level one, still fail the scan.
    /// </summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(AxeSource.Value);
        }

        var json = await page.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return JSON.stringify(result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => ({ target: JSON.stringify(n.target), html: n.html })) })));
            }
            """);
        var violations = JsonSerializer.Deserialize<List<Violation>>(json, JsonOptions) ?? [];
        var serious = violations.Where(v => v.Impact is "serious" or "critical").ToList();
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

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static string Describe(Violation item) =>
        $"- {item.Id} ({item.Impact}): {item.Help} at " + string.Join("; ", item.Nodes.Select(n => n.Target + " " + n.Html));

    private sealed record Violation(string Id, string? Impact, string Help, List<ViolationNode> Nodes);

    private sealed record ViolationNode(string Target, string Html);
}
