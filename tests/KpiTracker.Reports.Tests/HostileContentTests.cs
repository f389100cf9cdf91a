using KpiTracker.Reports.Documents;
using static KpiTracker.Tests.Shared.PdfTools;

namespace KpiTracker.Reports.Tests;

public class HostileContentTests
{
    private static readonly string LongArabic = string.Concat(Enumerable.Repeat("مؤشر طويل جدًا لقياس الأداء المؤسسي ", 9))[..300];
    private static readonly string LongEnglish = string.Concat(Enumerable.Repeat("An extraordinarily long indicator name ", 9))[..300];

    [Theory]
    [InlineData(ReportLanguage.Arabic)]
    [InlineData(ReportLanguage.English)]
    public void A_300_character_indicator_name_wraps(ReportLanguage language)
    {
        var name = language == ReportLanguage.Arabic ? LongArabic : LongEnglish;
        var model = SampleData.Scorecard(language, indicatorName: i => i == 3 ? name : null!);

        var pdf = SampleDocuments.Save($"long-name-{language}", s => ScorecardDocument.Render(model, s));

        Assert.InRange(PageCount(pdf), 3, 5);
        // The wrapped lines may be read after the rest of the row, so the name must appear in order, not contiguously.
        var page = Normalize(ExtractText(pdf, 2));
        Assert.Contains(Normalize(name)[..24], page, StringComparison.Ordinal);
        Assert.True(IsInOrder(Normalize(name), page), "the long name's characters are not in reading order");
        Assert.Equal(0, Check(pdf).ExitCode);
    }

    [Theory]
    [InlineData(ReportLanguage.Arabic)]
    [InlineData(ReportLanguage.English)]
    public void Extreme_and_missing_values_render(ReportLanguage language)
    {
        decimal?[] values = [0m, 100m, 99999999.99m];
        var model = SampleData.Scorecard(language, valueOverride: i => i < values.Length ? values[i] : null);

        var pdf = SampleDocuments.Save($"extremes-{language}", s => ScorecardDocument.Render(model, s));
        var text = Normalize(ExtractText(pdf));

        Assert.Contains("0.0%", text, StringComparison.Ordinal);
        Assert.Contains("100.0%", text, StringComparison.Ordinal);
        Assert.Contains("100,000,000.0", text, StringComparison.Ordinal); // thousands grouped (docs/NUMBERS.md); too wide for its cell: it wraps, "%" on the next line
        Assert.Contains("—", text, StringComparison.Ordinal); // INN-03 has no value: a dash, never 0
        Assert.InRange(PageCount(pdf), 3, 5);
    }

    [Fact]
    public void Mixed_arabic_english_and_digits_stay_in_order()
    {
        const string name = "مؤشر KPI-7 بنسبة 45.5% للربع Q1 2027 (نسخة 2)";
        var model = SampleData.Scorecard(ReportLanguage.Arabic, indicatorName: i => i == 0 ? name : null!);

        var pdf = SampleDocuments.Save("mixed-name", s => ScorecardDocument.Render(model, s));

        Assert.Contains(Normalize(name), Normalize(ExtractText(pdf)), StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_and_lone_surrogates_do_not_break_rendering()
    {
        var model = SampleData.Scorecard(ReportLanguage.English, indicatorName: i => i == 0 ? "Tab\there\u0001 and \ud800 lone" : null!);

        var pdf = SampleDocuments.Save("controls", s => ScorecardDocument.Render(model, s));

        Assert.Equal(0, Check(pdf).ExitCode);
    }

    private static bool IsInOrder(string needle, string haystack)
    {
        var at = 0;
        foreach (var c in needle)
        {
            at = haystack.IndexOf(c, at);
            if (at < 0)
            {
                return false;
            }

            at++;
        }

        return true;
    }
}
