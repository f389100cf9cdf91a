using KpiTracker.Reports.Documents;
using KpiTracker.Tests.Shared;

namespace KpiTracker.Reports.Tests;

/// <summary>The sample PDFs, rendered once per test run and shared by the tests that read them.</summary>
internal static class SampleDocuments
{
    private static readonly Lazy<string> ArabicScorecard = new(() => Save("scorecard-ar", s => ScorecardDocument.Render(SampleData.Scorecard(ReportLanguage.Arabic), s)));
    private static readonly Lazy<string> EnglishScorecard = new(() => Save("scorecard-en", s => ScorecardDocument.Render(SampleData.Scorecard(ReportLanguage.English), s)));
    private static readonly Lazy<string> ArabicComparison = new(() => Save("comparison-ar", s => ComparisonDocument.Render(SampleData.Comparison(ReportLanguage.Arabic), s)));
    private static readonly Lazy<string> EnglishComparison = new(() => Save("comparison-en", s => ComparisonDocument.Render(SampleData.Comparison(ReportLanguage.English), s)));

    public static string Scorecard(ReportLanguage language) => language == ReportLanguage.Arabic ? ArabicScorecard.Value : EnglishScorecard.Value;

    public static string Comparison(ReportLanguage language) => language == ReportLanguage.Arabic ? ArabicComparison.Value : EnglishComparison.Value;

    public static IEnumerable<string> All() => [ArabicScorecard.Value, EnglishScorecard.Value, ArabicComparison.Value, EnglishComparison.Value];

    public static string Save(string name, Action<Stream> render)
    {
        using var buffer = new MemoryStream();
        render(buffer);
        return PdfTools.Save(buffer.ToArray(), name);
    }
}
