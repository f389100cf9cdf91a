using System.Diagnostics;
using System.Globalization;
using KpiTracker.Benchmarks.Pdf;
using KpiTracker.Reports.Documents;

namespace KpiTracker.RenderWorker;

/// <summary>
/// <c>KpiTracker.RenderWorker one|all OUTPUT_DIR [REPEAT]</c>: renders scorecards to PDF files in OUTPUT_DIR and exits.
/// <c>one</c> renders the benchmark's featured Arabic scorecard (North Al Batinah) REPEAT times (default 11: the first one cold,
/// the rest warm); <c>all</c> renders the 11 governorates in both languages REPEAT times (default 2). Each document is written
/// straight to its file, as the API's file cache and the CLI do. Prints one line: documents, milliseconds, GC heap and
/// allocated bytes, so the parent can report them next to the PSS it sampled.
/// </summary>
public static class Program
{
    private const int Featured = 5; // OM-BS, as in PdfBenchmark

    public static int Main(string[] args)
    {
        if (args.Length < 2 || args[0] is not ("one" or "all"))
        {
            Console.Error.WriteLine("Usage: KpiTracker.RenderWorker one|all OUTPUT_DIR [REPEAT]");
            return 2;
        }

        var all = args[0] == "all";
        var output = Directory.CreateDirectory(args[1]).FullName;
        var repeat = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : all ? 2 : 11;
        var jobs = all
            ? Enumerable.Range(0, ScorecardModels.Count).SelectMany(g => new[] { (g, ReportLanguage.Arabic), (g, ReportLanguage.English) }).ToList()
            : [(Featured, ReportLanguage.Arabic)];

        var clock = Stopwatch.StartNew();
        var documents = 0;
        long heapPeak = 0;
        for (var pass = 0; pass < repeat; pass++)
        {
            foreach (var (g, language) in jobs)
            {
                // The model is built per document, as the API builds it from the database for each request.
                var model = ScorecardModels.For(g, language);
                var file = Path.Combine(output, $"{model.Governorate.Code}-{(language == ReportLanguage.Arabic ? "ar" : "en")}.pdf");
                using (var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
                {
                    ScorecardDocument.Render(model, stream);
                }

                documents++;
                heapPeak = Math.Max(heapPeak, GC.GetGCMemoryInfo().HeapSizeBytes);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"documents={documents} ms={clock.Elapsed.TotalMilliseconds:0} heap-peak={heapPeak} allocated={GC.GetTotalAllocatedBytes()} gen0-gcs={GC.CollectionCount(0)}"));
        return 0;
    }
}
