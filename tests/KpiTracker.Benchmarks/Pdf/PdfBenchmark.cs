using System.Diagnostics;
using KpiTracker.Reports.Documents;
using Microsoft.Playwright;
using static KpiTracker.Benchmarks.Infrastructure.Stats;

namespace KpiTracker.Benchmarks.Pdf;

/// <summary>
/// (d) Issue #6: one Arabic scorecard (North Al Batinah, 35 indicators) rendered warm in process by KpiTracker.Reports, against
/// headless Debian Chromium printing the same scorecard as HTML (Playwright, browser launched once, one page reused) and
/// against a cold Chromium process per render (<c>chromium --headless --print-to-pdf</c>); peak memory of our process against
/// Chromium's PSS summed over its processes; all 11 governorates in both languages. Stopwatch harness: every number below
/// comes from this one run.
/// </summary>
public static class PdfBenchmark
{
    private const string Chromium = "/usr/bin/chromium";
    private const int Featured = 5; // OM-BS

    public static async Task RunAsync(int warmRuns = 40, int chromiumRuns = 20, int coldRuns = 5)
    {
        var output = Path.Combine(BenchmarkMain.ArtifactsPath, "pdf");
        Directory.CreateDirectory(output);
        var model = ScorecardModels.For(Featured, ReportLanguage.Arabic);
        var all = Enumerable.Range(0, ScorecardModels.Count)
            .SelectMany(g => new[] { ScorecardModels.For(g, ReportLanguage.Arabic), ScorecardModels.For(g, ReportLanguage.English) }).ToList();

        // Warm-up: the first renders load fonts, shaping caches and JIT (ours) and the fonts into Chromium's cache (warm Chromium).
        var ourPdf = Render(model);
        await File.WriteAllBytesAsync(Path.Combine(output, "ours-ar.pdf"), ourPdf);
        for (var i = 0; i < 10; i++)
        {
            Render(model);
        }

        // Our memory, before anything of Chromium's harness (Playwright's client, the HTTP server and its fonts) is loaded into this
        // process, in a pass of its own (sampling /proc costs CPU that would otherwise skew the times): peak PSS while rendering.
        GC.Collect();
        var ourIdlePss = ProcessMemory.Pss(Environment.ProcessId);
        long managedPeak = 0, allocated, ourPeakPss;
        using (var sampler = new ProcessMemory.PeakSampler(() => ProcessMemory.Pss(Environment.ProcessId)))
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 10; i++)
            {
                Render(model);
                managedPeak = Math.Max(managedPeak, GC.GetGCMemoryInfo().HeapSizeBytes);
            }

            allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / 10;
            ourPeakPss = sampler.Stop();
        }

        using var server = new FontServer();
        var url = server.Put("ar-featured", ScorecardHtml.Render(model, server.FontBase));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
        var page = await browser.NewPageAsync();
        async Task<byte[]> PrintAsync()
        {
            await page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            return await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
        }

        var chromiumPdf = await PrintAsync();
        await File.WriteAllBytesAsync(Path.Combine(output, "chromium-ar.pdf"), chromiumPdf);
        for (var i = 0; i < 4; i++)
        {
            await PrintAsync();
        }

        // Time, with nothing else of ours running: ours and warm Chromium interleaved (two of ours, one of Chromium, per round),
        // so a change in the machine's load touches both alike.
        var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        var ours = new List<double>();
        var warm = new List<double>();
        for (var round = 0; round < chromiumRuns; round++)
        {
            for (var k = 0; k < warmRuns / chromiumRuns; k++)
            {
                var mine = Stopwatch.StartNew();
                Render(model);
                ours.Add(mine.Elapsed.TotalMilliseconds);
            }

            var clock = Stopwatch.StartNew();
            await PrintAsync();
            warm.Add(clock.Elapsed.TotalMilliseconds);
        }

        // All 11 governorates × 2 languages, warm, one after the other; the median total of 5 passes.
        var batches = new List<double>();
        for (var pass = 0; pass < 5; pass++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var m in all)
            {
                Render(m);
            }

            batches.Add(clock.Elapsed.TotalMilliseconds);
        }

        // Chromium's memory, in a separate pass (sampling /proc costs CPU that would otherwise skew the times).
        var chromiumPids = ProcessMemory.Descendants(Environment.ProcessId, "chrom");
        long chromiumWarmPeak;
        using (var sampler = new ProcessMemory.PeakSampler(() => chromiumPids.Sum(ProcessMemory.Pss), 10))
        {
            for (var i = 0; i < 5; i++)
            {
                await PrintAsync();
                chromiumPids = ProcessMemory.Descendants(Environment.ProcessId, "chrom");
            }

            chromiumWarmPeak = sampler.Stop();
        }

        await browser.CloseAsync();

        // Ours as production renders: a lean child process (tests/KpiTracker.Benchmarks/RenderWorker) that loads only
        // KpiTracker.Reports and the model builder, sampled from its start to its exit. The largest of three runs each.
        var workerOne = Enumerable.Range(0, 3).Select(_ => Worker("one", output)).MaxBy(r => r.PeakPss);
        var workerAll = Enumerable.Range(0, 2).Select(_ => Worker("all", output)).MaxBy(r => r.PeakPss);

        // Chromium, cold: a new process (and a new profile folder) per render; the first run only brings its files into the
        // page cache. Timed runs first, then two more with the memory sampler on.
        var cold = new List<double>();
        long coldPeak = 0;
        for (var i = 0; i < coldRuns + 3; i++)
        {
            var sample = i > coldRuns;
            var (elapsed, peak) = await ColdAsync(url, output, sample);
            if (i > 0 && !sample)
            {
                cold.Add(elapsed);
            }

            coldPeak = Math.Max(coldPeak, peak);
        }

        var ourMedian = Median(ours);
        Line("");
        Line($"(d) PDF scorecard, Arabic, {model.Governorate.Name} ({model.Governorate.Code}), 35 indicators; {Environment.ProcessorCount} cores; {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Line($"  load average at the start of the timed renders: {load} (1 min; the machine is shared)");
        Line($"  pages: ours {PageCount(ourPdf)}, Chromium {PageCount(chromiumPdf)}; sizes: ours {ourPdf.Length / 1024} KB, Chromium {chromiumPdf.Length / 1024} KB");
        Line("");
        Line("| Renderer | median | p95 | runs | ratio to ours (time) |");
        Line("|---|---|---|---|---|");
        Line($"| KpiTracker.Reports, in process, warm (baseline) | {Ms(ourMedian)} | {Ms(Percentile(ours, 95))} | {ours.Count} | 1.00× |");
        Line($"| Chromium {ChromiumVersion()} via Playwright, warm (one browser, one page) | {Ms(Median(warm))} | {Ms(Percentile(warm, 95))} | {warm.Count} | {Ratio(Median(warm) / ourMedian)} |");
        Line($"| Chromium, cold process per render (--print-to-pdf) | {Ms(Median(cold))} | {Ms(Percentile(cold, 95))} | {cold.Count} | {Ratio(Median(cold) / ourMedian)} |");
        Line("");
        Line("| Memory (peak PSS) | bytes | Chromium warm ÷ this | Chromium cold ÷ this |");
        Line("|---|---|---|---|");
        Line($"| Chromium warm: summed over its {chromiumPids.Count} processes | {Mb(chromiumWarmPeak)} | | |");
        Line($"| Chromium cold: summed over its processes | {Mb(coldPeak)} | | |");
        Line($"| **Ours, lean render process**, one scorecard 1 cold + 10 warm, start-up to exit | {Mb(workerOne.PeakPss)} | {Ratio((double)chromiumWarmPeak / workerOne.PeakPss)} | {Ratio((double)coldPeak / workerOne.PeakPss)} |");
        Line($"| **Ours, lean render process**, 11 governorates × 2 languages × 2 passes, start-up to exit | {Mb(workerAll.PeakPss)} | {Ratio((double)chromiumWarmPeak / workerAll.PeakPss)} | {Ratio((double)coldPeak / workerAll.PeakPss)} |");
        Line($"| Ours in this benchmark process (BenchmarkDotNet, web host, EF model loaded; the earlier measure) | {Mb(ourPeakPss)} | {Ratio((double)chromiumWarmPeak / ourPeakPss)} | {Ratio((double)coldPeak / ourPeakPss)} |");
        Line($"|   of which idle before the timed renders | {Mb(ourIdlePss)} | | |");
        Line($"|   of which GC heap (peak) | {Mb(managedPeak)} | | |");
        Line("");
        Line($"  lean render process, one: {workerOne.Report}");
        Line($"  lean render process, all: {workerAll.Report}");
        Line("");
        Line($"  allocated per render (ours): {Mb(allocated)}");
        Line("  (our PSS is the whole process: run `-- pdf` on its own for the memory comparison; after the database benchmarks in `-- all` it also holds their host, EF model and caches)");
        Line($"  all 11 governorates × 2 languages (22 scorecards), warm, one after another: median {Ms(Median(batches))} over 5 passes (min {Ms(batches.Min())}, max {Ms(batches.Max())})");
    }

    private static async Task<(double Ms, long PeakPss)> ColdAsync(Uri url, string output, bool sample)
    {
        var profile = Directory.CreateTempSubdirectory("kpi-bench-chromium-");
        var file = Path.Combine(output, "chromium-cold-ar.pdf");
        File.Delete(file);
        var start = new ProcessStartInfo(Chromium)
        {
            ArgumentList = { "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", $"--user-data-dir={profile.FullName}", $"--print-to-pdf={file}", url.ToString() },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        using var sampler = sample ? new ProcessMemory.PeakSampler(() => ProcessMemory.Pss(process.Id) + ProcessMemory.Descendants(process.Id, "").Sum(ProcessMemory.Pss), 10) : null;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        var peak = sampler?.Stop() ?? 0;
        if (process.ExitCode != 0 || !File.Exists(file))
        {
            throw new InvalidOperationException($"chromium --print-to-pdf failed ({process.ExitCode}): {await stderr}");
        }

        profile.Delete(recursive: true);
        return (elapsed, peak);
    }

    /// <summary>
    /// Runs the render worker (built next to this program by the project reference) with <paramref name="mode"/> and samples its
    /// PSS every 2 ms from the moment it is started until it exits.
    /// </summary>
    private static (long PeakPss, string Report) Worker(string mode, string output)
    {
        var self = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(self)!)!, "KpiTracker.RenderWorker", Path.GetFileName(self));
        var start = new ProcessStartInfo(Path.Combine(folder, "KpiTracker.RenderWorker"))
        {
            ArgumentList = { mode, Path.Combine(output, "worker") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"The render worker could not be started from {folder}.");
        using (var sampler = new ProcessMemory.PeakSampler(() => ProcessMemory.Pss(process.Id), 2))
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var report = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            var peak = sampler.Stop();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"The render worker failed ({process.ExitCode}): {stderr.Result}");
            }

            return (peak, report);
        }
    }

    private static byte[] Render(ScorecardModel model)
    {
        using var stream = new MemoryStream(256 * 1024);
        ScorecardDocument.Render(model, stream);
        return stream.ToArray();
    }

    private static int PageCount(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        return System.Text.RegularExpressions.Regex.Count(text, @"/Type\s*/Page(?!s)");
    }

    private static string ChromiumVersion()
    {
        using var process = Process.Start(new ProcessStartInfo(Chromium, "--version") { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return text.Split(' ').FirstOrDefault(p => p.Length > 0 && char.IsDigit(p[0])) ?? text;
    }
}
