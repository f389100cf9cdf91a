using KpiTracker.Reports.Documents;
using KpiTracker.Reports.Layout;
using KpiTracker.Reports.Theme;

namespace KpiTracker.Reports.Tests;

public class ReferenceImageTests
{
    [Theory]
    [InlineData("scorecard-ar")]
    [InlineData("scorecard-en")]
    [InlineData("comparison-ar")]
    [InlineData("comparison-en")]
    [InlineData("scorecard-provisional-ar")]
    [InlineData("scorecard-provisional-en")]
    [InlineData("comparison-provisional-ar")]
    public void Pages_match_their_reviewed_references(string document)
    {
        var pages = Render(document, ReportTheme.Default);
        var failures = pages.Select((page, i) => ReferenceImages.Check($"{document}-p{i + 1}", page)).Where(f => f is not null).ToList();
        var extra = Path.Combine(ReferenceImages.Folder, $"{document}-p{pages.Count + 1}.png");
        if (File.Exists(extra))
        {
            failures.Add($"{document}: a reference exists for page {pages.Count + 1}, but the document has {pages.Count} pages.");
        }

        pages.ForEach(p => p.Dispose());
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void A_one_point_layout_shift_fails_the_comparison()
    {
        var shifted = Render("scorecard-ar", ReportTheme.Default with { PageMargin = ReportTheme.Default.PageMargin + 1 });
        using var reference = SkiaSharp.SKBitmap.Decode(Path.Combine(ReferenceImages.Folder, "scorecard-ar-p1.png"));

        Assert.NotNull(reference);
        Assert.True(ReferenceImages.DifferingShare(shifted[0], reference) > ReferenceImages.PixelShareTolerance);
        shifted.ForEach(p => p.Dispose());
    }

    private static List<SkiaSharp.SKBitmap> Render(string document, ReportTheme theme)
    {
        var language = document.EndsWith("-ar", StringComparison.Ordinal) ? ReportLanguage.Arabic : ReportLanguage.English;
        var provisional = document.Contains("-provisional-", StringComparison.Ordinal);
        ReportDocument composed = document.StartsWith("scorecard", StringComparison.Ordinal)
            ? ScorecardDocument.Compose(provisional ? SampleData.ProvisionalScorecard(language) : SampleData.Scorecard(language), theme)
            : ComparisonDocument.Compose(provisional ? SampleData.ProvisionalComparison(language) : SampleData.Comparison(language), theme);
        return composed.RenderBitmaps(ReferenceImages.Scale);
    }
}
