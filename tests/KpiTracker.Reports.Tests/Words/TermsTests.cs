using System.Globalization;
using KpiTracker.Reports.Documents;
using KpiTracker.Reports.Words;

namespace KpiTracker.Reports.Tests.Words;

/// <summary>
/// The PDFs print the shared concepts with the words of Terms.resx, the resource the screens read too
/// (TermsArchitectureTests holds the screens' resources to no copy of their own).
/// </summary>
public class TermsTests
{
    /// <summary>Each Labels field that names a shared concept, and its term.</summary>
    private static readonly (string Field, string Term)[] Shared =
    [
        ("OverallIndex", "term.overall_index"), ("Overall", "term.overall_index"), ("Rank", "term.rank"), ("Coverage", "term.coverage"),
        ("NotEstablished", "term.not_established"), ("Provisional", "term.provisional_results"), ("Final", "term.final_results"),
        ("Score", "term.score"), ("Band", "term.band"), ("Target", "term.target"), ("Light", "term.light"),
        ("Green", "term.light.green"), ("Amber", "term.light.amber"), ("Red", "term.light.red"), ("Grey", "term.light.grey"),
        ("DataQuality", "term.data_quality"), ("Dqi", "term.dqi"), ("Completeness", "term.completeness"), ("Timeliness", "term.timeliness"),
        ("FirstPassAcceptance", "term.first_pass_acceptance"), ("EvidenceReviewed", "term.evidence_reviewed"),
        ("ItemsWithoutOpenFlags", "term.no_open_flags"), ("NotApplicable", "state.not_applicable"), ("Missing", "state.missing"),
    ];

    /// <summary>Terms the PDFs do not print (screens only); every other term must be a Labels field above.</summary>
    private static readonly string[] ScreenOnly =
        ["term.items_done", "term.provisional", "term.final", "term.not_established_band",
         "state.draft", "state.submitted", "state.returned", "state.accepted", "state.verified", "state.locked"];

    public static TheoryData<ReportLanguage> Languages => new() { ReportLanguage.Arabic, ReportLanguage.English };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_shared_label_of_the_pdfs_is_its_term(ReportLanguage language)
    {
        var labels = Labels.For(language);
        var culture = CultureInfo.GetCultureInfo(language == ReportLanguage.Arabic ? "ar" : "en");
        foreach (var (field, term) in Shared)
        {
            var printed = (string)typeof(Labels).GetProperty(field)!.GetValue(labels)!;
            Assert.True(Terms.In(culture, term) == printed, $"Labels.{field} ({language}) is \"{printed}\", not the term {term} \"{Terms.In(culture, term)}\".");
        }
    }

    [Fact]
    public void Every_term_is_printed_by_the_pdfs_or_named_as_screen_only()
    {
        var placed = Shared.Select(s => s.Term).Concat(ScreenOnly).ToHashSet(StringComparer.Ordinal);
        var unplaced = Terms.Keys.Where(k => !k.StartsWith("count.", StringComparison.Ordinal) && !placed.Contains(k)).ToList();
        Assert.True(unplaced.Count == 0, $"Terms neither in a Labels field nor screen-only: {string.Join(", ", unplaced)}");
    }

    [Fact]
    public void Both_languages_have_every_term_and_the_arabic_differs_from_the_english()
    {
        foreach (var key in Terms.Keys)
        {
            Assert.NotEqual(Terms.In(CultureInfo.InvariantCulture, key), Terms.In(CultureInfo.GetCultureInfo("ar"), key));
        }
    }
}
