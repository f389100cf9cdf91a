using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using KpiTracker.Reports.Words;

namespace KpiTracker.Reports.Narrative;

/// <summary>
/// The narrative's fixed templates (Resources/Narrative.resx and Narrative.ar.resx, keys <c>narrative.*</c>). A template is an
/// ICU message: a count picks its plural form from CLDR's rules through ICU (<c>{0, plural, zero{…} one{…} two{…} few{…}
/// many{…} other{…}}</c>, the count written as <c>{1}</c>, as in Terms' <c>count.*</c> messages); every other value is a named
/// slot, <c>[name]</c>, filled after ICU with text already written (numbers by <see cref="KpiTracker.Domain.Common.NumberText"/>,
/// so the digits are the product's). Named slots keep each sentence whole in the resource, for translators to reorder.
/// </summary>
public static partial class NarrativeTemplates
{
    private static readonly ResourceManager Resources = new("KpiTracker.Reports.Resources.Narrative", typeof(NarrativeTemplates).Assembly);

    /// <summary>The narrative's heading on the screen and in the PDF.</summary>
    public static string Title(CultureInfo culture) => Get(culture, "narrative.title");

    public static string Get(CultureInfo culture, string key) =>
        Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No template \"{key}\" in Narrative.resx.");

    /// <summary>The template <paramref name="key"/> with its slots filled; <paramref name="count"/> picks the plural form.</summary>
    public static string Format(CultureInfo culture, string key, IReadOnlyDictionary<string, string> slots, decimal count = 0, string shownCount = "")
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(slots);
        var text = Plural.Format(Get(culture, key), culture, count, shownCount);
        return Slot().Replace(text, m => slots.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new FormatException($"The narrative template \"{key}\" has a slot [{m.Groups[1].Value}] that nothing fills."));
    }

    /// <summary>Items joined with the language's list separator ("، " in Arabic, ", " in English).</summary>
    public static string List(CultureInfo culture, IEnumerable<string> items) => string.Join(Get(culture, "narrative.list.separator"), items);

    [GeneratedRegex(@"\[([a-z_]+)\]")]
    private static partial Regex Slot();
}
