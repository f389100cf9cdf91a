using System.Globalization;
using System.Resources;

namespace KpiTracker.Reports.Words;

/// <summary>
/// The product's one vocabulary (docs/GLOSSARY.md): the words for shared concepts (<c>term.*</c>: lights, band, rank,
/// coverage, the data quality components, provisional and final…) and the count messages (<c>count.*</c>, ICU plural
/// syntax, see <see cref="Plural"/>). Resources/Terms.resx (English) and Terms.ar.resx are read by the screens, the PDFs'
/// labels and the Excel exports alike; no other resource holds its own copy of these words (TermsTests).
/// </summary>
public static class Terms
{
    private static readonly ResourceManager Resources = new("KpiTracker.Reports.Resources.Terms", typeof(Terms).Assembly);

    /// <summary>The term in the current UI language.</summary>
    public static string Get(string key) => In(CultureInfo.CurrentUICulture, key);

    public static string In(CultureInfo culture, string key) =>
        Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No term \"{key}\" in Terms.resx.");

    /// <summary>A count message in the current UI language: <paramref name="count"/> picks the plural form, <paramref name="shown"/> is how it is written.</summary>
    public static string Count(string key, decimal count, string shown, string other = "") =>
        CountIn(CultureInfo.CurrentUICulture, key, count, shown, other);

    public static string CountIn(CultureInfo culture, string key, decimal count, string shown, string other = "") =>
        Plural.Format(In(culture, key), culture, count, shown, other);

    /// <summary>Every key, for the tests that hold the vocabulary to one source.</summary>
    public static IReadOnlyList<string> Keys { get; } = ReadKeys();

    private static string[] ReadKeys()
    {
        // Not disposed: the manager caches this set and reads from it afterwards.
        var set = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException("Terms.resx is not embedded.");
        return [.. set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal)];
    }
}
