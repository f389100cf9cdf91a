using KpiTracker.Reports.Documents;
using static KpiTracker.Tests.Shared.PdfTools;

namespace KpiTracker.Reports.Tests;

public class ExtractionTests
{
    [Theory]
    [InlineData(ReportLanguage.Arabic)]
    [InlineData(ReportLanguage.English)]
    public void Scorecard_text_comes_out_in_logical_order(ReportLanguage language)
    {
        var ar = language == ReportLanguage.Arabic;
        var text = Normalize(ExtractText(SampleDocuments.Scorecard(language)));

        Assert.Contains(Normalize(ar ? "بطاقة الأداء المؤسسي" : "Institutional Performance Scorecard"), text, StringComparison.Ordinal);
        Assert.Contains(Normalize(ar ? "شمال الباطنة" : "North Al Batinah"), text, StringComparison.Ordinal);
        foreach (var criterion in SampleCatalogue.Criteria)
        {
            Assert.Contains(Normalize(ar ? criterion.Ar : criterion.En), text, StringComparison.Ordinal);
        }

        var previous = -1;
        foreach (var indicator in SampleCatalogue.Indicators)
        {
            var at = text.IndexOf(Normalize((ar ? indicator.Ar : indicator.En)), StringComparison.Ordinal);
            Assert.True(at >= 0, $"{indicator.Code} name not found");
            Assert.True(at > previous, $"{indicator.Code} is out of order");
            previous = at;
        }
    }

    [Theory]
    [InlineData(ReportLanguage.Arabic)]
    [InlineData(ReportLanguage.English)]
    public void Numbers_and_percent_signs_keep_their_order(ReportLanguage language)
    {
        var text = Normalize(ExtractText(SampleDocuments.Scorecard(language)));

        Assert.Contains("87.4", text, StringComparison.Ordinal);   // CUS, DOMAIN's worked example
        Assert.Contains("85.7%", text, StringComparison.Ordinal);  // CUS-01's value
        Assert.Contains("97.1%", text, StringComparison.Ordinal);  // completeness
        Assert.DoesNotContain("%85.7", text, StringComparison.Ordinal);
        Assert.DoesNotContain("4.78", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportLanguage.Arabic)]
    [InlineData(ReportLanguage.English)]
    public void Comparison_names_every_governorate_and_criterion(ReportLanguage language)
    {
        var ar = language == ReportLanguage.Arabic;
        var text = Normalize(ExtractText(SampleDocuments.Comparison(language)));

        foreach (var governorate in SampleCatalogue.Governorates)
        {
            Assert.Contains(Normalize(ar ? governorate.Ar : governorate.En), text, StringComparison.Ordinal);
        }

        foreach (var criterion in SampleCatalogue.Criteria)
        {
            Assert.Contains(Normalize(ar ? criterion.Ar : criterion.En), text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(true, "الابتكار 87.5% (Q3 2026) مؤشر LSP-01")]
    [InlineData(false, "الابتكار 87.5% (Q3 2026) مؤشر LSP-01")]
    [InlineData(true, "رضا المتعاملين: 87.4 (متقدم) — 12/2026")]
    [InlineData(false, "Innovation (الابتكار) 87.5% vs 80.0%")]
    [InlineData(true, "نسبة الوظائف الإشرافية التي لها صف ثانٍ مؤهل")]
    public void Mixed_strings_round_trip(bool rightToLeft, string line)
    {
        // Readers decide a page's direction by its majority script, so the page around the line reads like the
        // documents it stands for: mostly Arabic or mostly English.
        var context = rightToLeft ? "القيادة والتخطيط الاستراتيجي والحوكمة" : "Leadership and Strategic Planning, Governance and Innovation";
        var pdf = SampleDocuments.Save($"mixed-{rightToLeft}-{line.GetHashCode(StringComparison.Ordinal):x}", s => TextSheet.Render(s, rightToLeft, context, line, "87.4"));

        var text = Normalize(ExtractText(pdf));

        Assert.Equal(Normalize(context + line + "87.4"), text);
    }
}
