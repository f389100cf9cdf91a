using System.Collections;
using System.Globalization;
using System.Resources;
using KpiTracker.Application;
using KpiTracker.Reports.Words;

namespace KpiTracker.ArchitectureTests;

/// <summary>
/// One word per shared concept, kept in one place: the screens' and the API's resources hold no entry of their own whose
/// whole text is a term of Terms.resx (they read the term instead), so a term cannot drift apart on one surface.
/// </summary>
public sealed class TermsArchitectureTests
{
    private static readonly (string Name, System.Reflection.Assembly Assembly)[] Resources =
    [
        .. new[] { "Work", "Central", "Ui", "Admin", "Editions" }.Select(n => ($"KpiTracker.Web.Resources.{n}", typeof(Web.Hosting.KpiOptions).Assembly)),
        ("KpiTracker.Application.Resources.Messages", typeof(ApplicationServices).Assembly),
    ];

    /// <summary>Entries that share a term's word but name another concept, each with the concept it names.</summary>
    private static readonly HashSet<string> OtherConcepts =
    [
        "Editions:Status.draft", // a framework edition's state (draft or published), not an item's
        "Ui:EditionStatus.draft", // the same, on the framework browser
        "Work:Flags.Status.returned", // an outlier flag settled by returning the value, not the item's state
        "Work:Col.SubmittedAt", // the column of the date an item was submitted
    ];

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public void No_resource_keeps_its_own_copy_of_a_term(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var terms = Terms.Keys.Where(k => !k.StartsWith("count.", StringComparison.Ordinal))
            .GroupBy(k => Terms.In(culture, k).Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var copies = new List<string>();
        foreach (var (name, assembly) in Resources)
        {
            var manager = new ResourceManager(name, assembly);
            var set = manager.GetResourceSet(language == "en" ? CultureInfo.InvariantCulture : culture, createIfNotExists: true, tryParents: false)
                ?? throw new InvalidOperationException($"{name} has no {language} resources.");
            copies.AddRange(set.Cast<DictionaryEntry>()
                .Where(e => e.Value is string text && terms.ContainsKey(text.Trim()) && !OtherConcepts.Contains($"{name.Split('.')[^1]}:{e.Key}"))
                .Select(e => $"{name.Split('.')[^1]}:{e.Key} = \"{e.Value}\" (use {terms[((string)e.Value!).Trim()]})"));
        }

        Assert.True(copies.Count == 0, $"Resource entries that copy a term ({language}):\n{string.Join("\n", copies.Order(StringComparer.Ordinal))}");
    }

    [Fact]
    public void The_check_sees_a_copy_when_there_is_one()
    {
        // A value the Web resources are known to hold must be found by the same lookup the test above uses.
        var set = new ResourceManager("KpiTracker.Web.Resources.Ui", typeof(Web.Hosting.KpiOptions).Assembly)
            .GetResourceSet(CultureInfo.GetCultureInfo("ar"), createIfNotExists: true, tryParents: false)!;
        Assert.Contains(set.Cast<DictionaryEntry>(), e => e.Value is "مسار التنقل" or "الرمز");
    }
}
