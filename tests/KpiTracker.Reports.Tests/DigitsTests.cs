using KpiTracker.Domain.Common;
using KpiTracker.Reports.Documents;
using static KpiTracker.Tests.Shared.PdfTools;

namespace KpiTracker.Reports.Tests;

/// <summary>docs/NUMBERS.md: a PDF is written in Latin digits with "." unless its reader chose Arabic-Indic digits.</summary>
public class DigitsTests
{
    [Theory]
    [InlineData(ReportLanguage.Arabic)]
    [InlineData(ReportLanguage.English)]
    public void A_reader_who_chose_arabic_indic_digits_gets_them_in_the_pdf_and_others_get_latin_with_a_point(ReportLanguage language)
    {
        var latin = Normalize(ExtractText(SampleDocuments.Scorecard(language)));
        string indic;
        NumberText.Current = Digits.ArabicIndic;
        try
        {
            indic = Normalize(ExtractText(SampleDocuments.Save($"scorecard-indic-{language}", s => ScorecardDocument.Render(SampleData.Scorecard(language), s))));
        }
        finally
        {
            NumberText.Current = Digits.Latin;
        }

        Assert.Contains("87.4", latin, StringComparison.Ordinal);
        Assert.DoesNotContain("٫", latin, StringComparison.Ordinal);
        Assert.Contains(Normalize("٨٧٫٤"), indic, StringComparison.Ordinal);   // CUS, DOMAIN's worked example
        Assert.Contains(Normalize("٨٥٫٧٪"), indic, StringComparison.Ordinal);  // CUS-01's value
        Assert.DoesNotContain("87.4", indic, StringComparison.Ordinal);
    }
}
