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
            if (Refusal(c) is { } code)
            {
                yield return new RuleViolation(field, code, CodePoint(c));
                yield break;
            }
        }
    }

    /// <summary>The code of the rule a character breaks in free text, or null when it may stand.</summary>
    public static string? Refusal(char c) => c switch
    {
        >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' => "text.bidi_control",
        '\u200B' or '\uFEFF' => "text.zero_width",
        _ when char.IsControl(c) && c is not ('\t' or '\n' or '\r') => "text.control_char",
        _ => null,
    };

    /// <summary>Trimmed text, or null when nothing is left.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
