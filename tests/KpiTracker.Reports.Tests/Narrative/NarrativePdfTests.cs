using System.Globalization;
using KpiTracker.Reports.Documents;
using KpiTracker.Reports.Narrative;
using static KpiTracker.Tests.Shared.PdfTools;

namespace KpiTracker.Reports.Tests.Narrative;

/// <summary>The scorecard PDF carries the narrative on its first page, in its language, and keeps its page count.</summary>
public class NarrativePdfTests
{
    [Theory]
    [InlineData(ReportLanguage.Arabic, "ar")]
    [InlineData(ReportLanguage.English, "en")]
    public void The_narrative_is_on_the_first_page_and_the_page_count_stays(ReportLanguage language, string culture)
    {
        var sentences = NarrativeWriter.Write(NarrativeSamples.Full, CultureInfo.GetCultureInfo(culture)).Select(s => s.Text).ToList();
        var model = SampleData.Scorecard(language) with { Narrative = sentences };

        var pdf = SampleDocuments.Save($"scorecard-narrative-{culture}", s => ScorecardDocument.Render(model, s));
        var first = Normalize(ExtractText(pdf, 1));

        Assert.Contains(Normalize(NarrativeTemplates.Title(CultureInfo.GetCultureInfo(culture))), first, StringComparison.Ordinal);
        foreach (var sentence in sentences)
        {
            Assert.Contains(Normalize(sentence), first, StringComparison.Ordinal);
        }

        Assert.Equal(PageCount(SampleDocuments.Scorecard(language)), PageCount(pdf));
    }
}
