using KpiTracker.Reports.Documents;
using static KpiTracker.Tests.Shared.PdfTools;

namespace KpiTracker.Reports.Tests;

/// <summary>Issue #18 on the PDFs: the provisional mark, not-established bands, notes, changes, rank arrows and the identity block.</summary>
public class ReadingRuleTests
{
    public static TheoryData<ReportLanguage> Languages => new() { ReportLanguage.Arabic, ReportLanguage.English };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_page_of_a_provisional_scorecard_carries_the_mark_and_the_worst_case_stays_within_four_pages(ReportLanguage language)
    {
        var pdf = Provisional("scorecard", language, s => ScorecardDocument.Render(SampleData.ProvisionalScorecard(language), s));
        var pages = PageCount(pdf);

        Assert.InRange(pages, 2, 4);
        for (var page = 1; page <= pages; page++)
        {
            Assert.Contains(Normalize(Word(language)), Normalize(ExtractText(pdf, page)), StringComparison.Ordinal);
        }

        // A final scorecard carries no mark.
        Assert.DoesNotContain(Normalize(Word(language)), Normalize(ExtractText(SampleDocuments.Scorecard(language))), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_page_of_a_provisional_comparison_carries_the_mark(ReportLanguage language)
    {
        var pdf = Provisional("comparison", language, s => ComparisonDocument.Render(SampleData.ProvisionalComparison(language), s));
        for (var page = 1; page <= PageCount(pdf); page++)
        {
            Assert.Contains(Normalize(Word(language)), Normalize(ExtractText(pdf, page)), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Below_two_thirds_the_headline_has_no_band_but_the_reason_and_coverage_with_its_counts(ReportLanguage language)
    {
        var ar = language == ReportLanguage.Arabic;
        var model = SampleData.ProvisionalScorecard(language);
        var pdf = Provisional("scorecard", language, s => ScorecardDocument.Render(model, s));
        var first = Normalize(ExtractText(pdf, 1));
        var coverage = (model.Overall.Coverage!.Value * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";

        // The reason may wrap inside the tile; both halves are there.
        Assert.Contains(Normalize(ar ? $"التغطية {coverage}" : $"Coverage {coverage}"), first, StringComparison.Ordinal);
        Assert.Contains(Normalize(ar ? "أقل من الثلثين" : "is below two thirds"), first, StringComparison.Ordinal);
        Assert.Contains(Normalize(ar ? "مؤشرات لها قيمة: 10 من 34" : "Indicators with a value: 10 of 34"), first, StringComparison.Ordinal);
        // The headline's rank tile says "not established" instead of "3 of 11", and the overall band's name is printed nowhere
        // outside the criteria (whose own bands stand): the index tile carries "not established" instead.
        Assert.DoesNotContain(Normalize(ar ? "3 من 11" : "3 of 11"), first, StringComparison.Ordinal);
        Assert.True(Count(first, Normalize(ar ? "غير محدد" : "Not established")) >= 2);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void No_prior_value_reads_as_such_and_identical_notes_collapse_into_one_line_of_codes(ReportLanguage language)
    {
        var ar = language == ReportLanguage.Arabic;
        var model = SampleData.ProvisionalScorecard(language);
        var text = Normalize(ExtractText(Provisional("scorecard", language, s => ScorecardDocument.Render(model, s))));

        Assert.True(Count(text, Normalize(ar ? "لا قيمة في العام السابق" : "no value last year")) >= SampleData.ProvisionalValues);
        Assert.Equal(1, Count(text, Normalize(model.Notes[0].Text)));
        Assert.Equal(25, model.Notes.Count);
        var codes = string.Join(ar ? "،" : ",", model.Notes.Select(n => n.IndicatorCode));
        Assert.Contains(codes, text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Rank_changes_print_as_numbers_beside_drawn_arrows_never_signed(ReportLanguage language)
    {
        var text = ExtractText(SampleDocuments.Comparison(language), 1);

        Assert.DoesNotContain("+", text, StringComparison.Ordinal);
        Assert.Contains(RankChangeCell.NoChange, text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Both_documents_carry_the_identity_text_and_draw_the_logo(ReportLanguage language)
    {
        var identity = SampleData.Identity(language == ReportLanguage.Arabic);
        foreach (var pdf in new[] { SampleDocuments.Scorecard(language), SampleDocuments.Comparison(language) })
        {
            var first = Normalize(ExtractText(pdf, 1));
            Assert.Contains(Normalize(identity.Ministry), first, StringComparison.Ordinal);
            Assert.Contains(Normalize(identity.Department), first, StringComparison.Ordinal);
            var images = Run("pdfimages", "-list", "-f", "1", "-l", "1", pdf).Output.Split('\n').Skip(2).Count(l => l.Trim().Length > 0);
            Assert.True(images >= 1, "the logo is drawn on the first page");
        }

        var plain = SampleDocuments.Save("scorecard-no-logo", s => ScorecardDocument.Render(SampleData.Scorecard(language) with { Identity = null }, s));
        Assert.Equal(0, Run("pdfimages", "-list", plain).Output.Split('\n').Skip(2).Count(l => l.Trim().Length > 0));
    }

    private static string Word(ReportLanguage language) => language == ReportLanguage.Arabic ? "نتائج مؤقتة" : "Provisional results";

    private static string Provisional(string document, ReportLanguage language, Action<Stream> render) =>
        SampleDocuments.Save($"{document}-provisional-{(language == ReportLanguage.Arabic ? "ar" : "en")}", render);

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
