using System.Globalization;
using KpiTracker.Reports.Words;

namespace KpiTracker.Reports.Tests.Words;

/// <summary>Count messages take their plural form from CLDR through ICU and their digits from our formatter.</summary>
public class PluralTests
{
    private static readonly CultureInfo Arabic = CultureInfo.GetCultureInfo("ar-OM");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Theory]
    [InlineData(0, "لم يبقَ أي يوم")]
    [InlineData(1, "بقي يوم واحد")]
    [InlineData(2, "بقي يومان")]
    [InlineData(3, "بقيت 3 أيام")]
    [InlineData(10, "بقيت 10 أيام")]
    [InlineData(11, "بقي 11 يومًا")]
    [InlineData(15, "بقي 15 يومًا")]
    [InlineData(100, "بقي 100 يوم")]
    [InlineData(103, "بقيت 103 أيام")]
    public void Arabic_days_take_the_cldr_form_of_their_number(int days, string expected) =>
        Assert.Equal(expected, Terms.CountIn(Arabic, "count.days_left", days, days.ToString(CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(1, "1 day left")]
    [InlineData(2, "2 days left")]
    [InlineData(0, "0 days left")]
    public void English_days_are_one_or_other(int days, string expected) =>
        Assert.Equal(expected, Terms.CountIn(English, "count.days_left", days, days.ToString(CultureInfo.InvariantCulture)));

    [Fact]
    public void The_digits_are_the_ones_we_pass_not_icus()
    {
        // ICU's own number format for Arabic would write ١٥; the message prints the argument as given.
        Assert.Equal("بقي ١٥ يومًا", Terms.CountIn(Arabic, "count.days_left", 15, "١٥"));
        Assert.Equal("بقي 15 يومًا", Terms.CountIn(Arabic, "count.days_left", 15, "15"));
    }

    [Fact]
    public void A_fraction_is_other_in_both_languages()
    {
        Assert.Equal("1.5 working days", Terms.CountIn(English, "count.working_days", 1.5m, "1.5"));
        Assert.Equal("1.5 يوم عمل", Terms.CountIn(Arabic, "count.working_days", 1.5m, "1.5"));
    }

    [Fact]
    public void Documents_agree_with_the_total()
    {
        Assert.Equal("22 من 22 مستندًا", Terms.CountIn(Arabic, "count.documents_of", 22, "22", "22"));
        Assert.Equal("3 من 5 مستندات", Terms.CountIn(Arabic, "count.documents_of", 5, "3", "5"));
        Assert.Equal("1 of 1 document", Terms.CountIn(English, "count.documents_of", 1, "1", "1"));
        Assert.Equal("1 evidence file", Terms.CountIn(English, "count.evidence_files", 1, "1"));
        Assert.Equal("ملفا دليل", Terms.CountIn(Arabic, "count.evidence_files", 2, "2"));
    }

    public static TheoryData<string> CountKeys => [.. Terms.Keys.Where(k => k.StartsWith("count.", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(CountKeys))]
    public void Every_count_message_reads_in_both_languages_for_every_form(string key)
    {
        foreach (var culture in new[] { Arabic, English })
        {
            foreach (var n in new[] { 0, 1, 2, 3, 11, 100, 101 })
            {
                var text = Terms.CountIn(culture, key, n, "N", "T");
                Assert.DoesNotContain("{", text, StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(text));
            }
        }
    }

    [Fact]
    public void A_broken_message_is_refused_not_printed() =>
        Assert.Throws<FormatException>(() => Plural.Format("{0, plural, one{x}", English, 1, "1"));
}
