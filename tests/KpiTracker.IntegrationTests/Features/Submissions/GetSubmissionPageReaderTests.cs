using KpiTracker.IntegrationTests.Features.Flags;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Submissions;

/// <summary>
/// The item page for a reader who does not own the item: the owner's explanation first, the soft rules worded about the owner's
/// value, outlier flags in plain words with the statistic on demand; the owner keeps the owner's wording.
/// </summary>
public sealed class GetSubmissionPageReaderTests(DatabaseFixture fixture) : FlagTest(fixture)
{
    private const string English = ".AspNetCore.Culture=c%3Den%7Cuic%3Den";

    [Fact]
    public async Task A_reviewer_reads_the_owners_explanation_first_and_the_warning_about_the_owners_value()
    {
        await ClosePreviousCycleAsync(Year - 1, ("OM-BS", "LSP-01", 70m));
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 20, justification = "The plan was cut in March.", comment = "See the minutes." });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        Reviewer.DefaultRequestHeaders.Add("Cookie", English);
        Owner.DefaultRequestHeaders.Add("Cookie", English);

        var review = Unisolated(await Reviewer.GetStringAsync(new Uri("/cycles/2025/submissions/OM-BS/LSP-01", UriKind.Relative)));
        var own = await Owner.GetStringAsync(new Uri("/cycles/2025/submissions/OM-BS/LSP-01", UriKind.Relative));

        Assert.Contains("id=\"owner-justification\">The plan was cut in March.</dd>", review, StringComparison.Ordinal);
        Assert.Contains("id=\"owner-comment\">See the minutes.</dd>", review, StringComparison.Ordinal);
        var words = review.IndexOf("id=\"owner-words\"", StringComparison.Ordinal);
        Assert.InRange(words, 1, review.IndexOf("id=\"evidence-title\"", StringComparison.Ordinal));
        Assert.True(words < review.IndexOf("id=\"revisions-title\"", StringComparison.Ordinal));
        Assert.Matches("data-reader=\"true\">[\\s\\S]*<li data-code=\"soft.change_relative\">The owner&#x27;s value changed by", review);
        Assert.DoesNotContain("Explain it in the justification", review, StringComparison.Ordinal);

        Assert.DoesNotContain("id=\"owner-words\"", own, StringComparison.Ordinal);
        Assert.Contains("Explain it in the justification", own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_outlier_flag_reads_in_plain_words_with_the_statistic_inside_details()
    {
        await SubmitAcrossAsync("LSP-02", Values);
        await ScanAsync();
        Reviewer.DefaultRequestHeaders.Add("Cookie", English);

        var html = Unisolated(await Reviewer.GetStringAsync(new Uri("/cycles/2025/submissions/OM-BS/LSP-02", UriKind.Relative)));

        Assert.Matches("class=\"flag-plain\">\\s*This value \\(5\\) is far from the other governorates&#x27; \\(median 70\\)", html);
        Assert.Matches("<details class=\"flag-how\"><summary>How this is computed</summary>\\s*<p>\\s*<strong>Modified z-score</strong>", html);
    }

    /// <summary>The page without the isolates set around values (as characters or as references), to match its words.</summary>
    private static string Unisolated(string html) =>
        html.Replace("\u2068", "", StringComparison.Ordinal).Replace("\u2069", "", StringComparison.Ordinal)
            .Replace("&#x2068;", "", StringComparison.Ordinal).Replace("&#x2069;", "", StringComparison.Ordinal);
}
