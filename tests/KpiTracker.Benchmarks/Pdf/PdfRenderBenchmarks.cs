using BenchmarkDotNet.Attributes;
using KpiTracker.Reports.Documents;
using Microsoft.Playwright;

namespace KpiTracker.Benchmarks.Pdf;

/// <summary>
/// (d) the warm comparison again under BenchmarkDotNet: the Arabic OM-BS scorecard printed by warm headless Chromium (baseline:
/// Playwright, browser launched once, one page reused) and rendered in process by KpiTracker.Reports. Ratio below 0.10 means
/// at least 10× faster than Chromium.
/// </summary>
[MemoryDiagnoser]
public class PdfRenderBenchmarks : IDisposable
{
    private readonly ScorecardModel _model = ScorecardModels.For(5, ReportLanguage.Arabic);
    private FontServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _page;
    private string _url = "";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = new FontServer();
        _url = _server.Put("ar-featured", ScorecardHtml.Render(_model, _server.FontBase)).ToString();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true });
        _page = await _browser.NewPageAsync();
    }

    [Benchmark(Baseline = true, Description = "Chromium warm (Playwright, one page)")]
    public async Task<int> ChromiumWarm()
    {
        await _page!.GotoAsync(_url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return (await _page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, PreferCSSPageSize = true })).Length;
    }

    [Benchmark(Description = "KpiTracker.Reports in process")]
    public int Ours()
    {
        using var stream = new MemoryStream(256 * 1024);
        ScorecardDocument.Render(_model, stream);
        return (int)stream.Length;
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        Dispose();
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _playwright?.Dispose();
            _playwright = null;
            _server?.Dispose();
            _server = null;
        }
    }
}
