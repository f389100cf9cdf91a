using KpiTracker.Reports.Documents;
using static KpiTracker.Tests.Shared.PdfTools;

namespace KpiTracker.Reports.Tests;

public class PdfStructureTests
{
    [Fact]
    public void Every_sample_pdf_passes_qpdf_check()
    {
        foreach (var pdf in SampleDocuments.All())
        {
            var (exitCode, output) = Check(pdf);
            Assert.True(exitCode == 0, $"{Path.GetFileName(pdf)}: {output}");
            Assert.Contains("No syntax or stream encoding errors", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_font_is_embedded_and_subset()
    {
        foreach (var pdf in SampleDocuments.All())
        {
            var fonts = Fonts(pdf);
            Assert.NotEmpty(fonts);
            Assert.All(fonts, f => Assert.True(f.Embedded && f.Subset, $"{Path.GetFileName(pdf)}: {f.Name} emb={f.Embedded} sub={f.Subset}"));
            Assert.All(fonts, f => Assert.Matches("^[A-Z]{6}\\+Noto(NaskhArabic|Sans)-(Regular|Bold)$", f.Name));
        }
    }

    [Theory]
    [InlineData(ReportLanguage.Arabic)]
    [InlineData(ReportLanguage.English)]
    public void Full_scorecard_takes_three_to_five_pages(ReportLanguage language) =>
        Assert.InRange(PageCount(SampleDocuments.Scorecard(language)), 3, 5);

    [Theory]
    [InlineData(ReportLanguage.Arabic, "المستهدف")]
    [InlineData(ReportLanguage.English, "Target")]
    public void Indicator_table_repeats_its_header_on_every_page_it_spans(ReportLanguage language, string targetHeader)
    {
        var pdf = SampleDocuments.Scorecard(language);
        var pages = Enumerable.Range(1, PageCount(pdf))
            .Select(p => (Page: p, Text: Normalize(ExtractText(pdf, p))))
            .Where(p => SampleCatalogue.Indicators.Any(i => p.Text.Contains(i.Code, StringComparison.Ordinal)))
            .ToList();

        Assert.True(pages.Count >= 2, "the 35-row table should span pages");
        Assert.All(pages, p => Assert.True(p.Text.Contains(targetHeader, StringComparison.Ordinal), $"page {p.Page} lacks the header"));
    }

    [Fact]
    public void Comparison_is_landscape()
    {
        var info = Run("pdfinfo", SampleDocuments.Comparison(ReportLanguage.Arabic)).Output;
        Assert.Matches(@"Page size:\s+841\.9\d* x 595\.\d+ pts", info);
    }
}
