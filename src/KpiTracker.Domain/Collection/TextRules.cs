using System.Globalization;

namespace KpiTracker.Domain.Collection;

/// <summary>
/// Free text written by people (comments, justifications, reasons). Refused: bidirectional embedding, override and isolate
/// controls (U+202A–U+202E, U+2066–U+2069), which can make a text display differently from what it says; the zero-width
/// space U+200B and the byte-order mark U+FEFF, which hide content; and control characters other than tab and line breaks.
/// Allowed: the zero-width non-joiner and joiner U+200C/U+200D, which Arabic and Persian typing and emoji sequences use, the
/// implicit direction marks U+200E/U+200F, and emoji.
/// </summary>
public static class TextRules
{
    public const int MaxLength = 4000;

    public static IEnumerable<RuleViolation> Check(string? text, string field, int maxLength = MaxLength)
    {
        if (text is null)
        {
            yield break;
        }

        // Length in text elements would let a few code points hide huge clusters; UTF-16 units are what the store counts.
        if (text.Length > maxLength)
        {
            yield return new RuleViolation(field, "text.too_long", maxLength);
            yield break;
        }

        foreach (var c in text)
        {
            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                yield return new RuleViolation(field, "text.bidi_control", CodePoint(c));
                yield break;
            }

            if (c is '\u200B' or '\uFEFF')
            {
                yield return new RuleViolation(field, "text.zero_width", CodePoint(c));
                yield break;
            }

            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                yield return new RuleViolation(field, "text.control_char", CodePoint(c));
                yield break;
            }
        }
    }

    /// <summary>Trimmed text, or null when nothing is left.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
