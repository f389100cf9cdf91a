using System.Globalization;
using Icu;

namespace KpiTracker.Reports.Words;

/// <summary>
/// Count messages in ICU's MessageFormat plural syntax, read by ICU itself (CLDR's plural rules; no table of ours):
/// <c>{0, plural, zero{…} one{…} two{…} few{…} many{…} other{…}}</c>. Argument 0 is the count, which only chooses the
/// form; argument 1 is the count as the product's number formatter writes it, so the digits are ours and never ICU's
/// (ICU would print Arabic-Indic digits for Arabic); argument 2 is an optional second value (a total, a name).
/// </summary>
public static class Plural
{
    public static string Format(string pattern, CultureInfo culture, decimal count, string shownCount, string other = "")
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(culture);
        IcuRuntime.EnsureInitialised();
        var text = MessageFormatter.Format(pattern, culture.TwoLetterISOLanguageName, out var status, (double)count, shownCount, other);
        return text is null || (int)status > 0
            ? throw new FormatException($"ICU cannot read the plural message \"{pattern}\" ({status}).")
            : text;
    }
}
