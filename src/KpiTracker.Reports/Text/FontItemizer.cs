using System.Text;

namespace KpiTracker.Reports.Text;

/// <summary>
/// Splits text into pieces that each use one font: Arabic script → Noto Naskh Arabic, other letters → Noto Sans,
/// digits, punctuation and marks stay with the font of the letters around them.
/// </summary>
internal static class FontItemizer
{
    public static List<FontItem> Itemize(string text, int start, int end, bool bold, FontFace fallback)
    {
        var items = new List<FontItem>(2);
        var current = FirstStrongFace(text, start, end, bold) ?? fallback;
        var itemStart = start;
        for (var i = start; i < end;)
        {
            var rune = Rune.GetRuneAt(text, i);
            var wanted = Preferred(rune, bold) ?? current;
            if (!wanted.Covers(rune.Value))
            {
                var other = Other(wanted);
                if (other.Covers(rune.Value))
                {
                    wanted = other;
                }
            }

            if (wanted != current)
            {
                if (i > itemStart)
                {
                    items.Add(new FontItem(itemStart, i, current));
                }

                itemStart = i;
                current = wanted;
            }

            i += rune.Utf16SequenceLength;
        }

        if (end > itemStart)
        {
            items.Add(new FontItem(itemStart, end, current));
        }

        return items;
    }

    public static bool IsArabic(int codepoint) =>
        codepoint is (>= 0x0600 and <= 0x06FF) or (>= 0x0750 and <= 0x077F) or (>= 0x0870 and <= 0x08FF)
            or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF);

    private static FontFace? Preferred(Rune rune, bool bold) =>
        IsArabic(rune.Value) ? FontLibrary.Arabic(bold)
        : Rune.IsLetter(rune) ? FontLibrary.Latin(bold)
        : null;

    private static FontFace? FirstStrongFace(string text, int start, int end, bool bold)
    {
        for (var i = start; i < end;)
        {
            var rune = Rune.GetRuneAt(text, i);
            if (Preferred(rune, bold) is { } face)
            {
                return face;
            }

            i += rune.Utf16SequenceLength;
        }

        return null;
    }

    private static FontFace Other(FontFace face) =>
        face == FontLibrary.NaskhRegular ? FontLibrary.SansRegular
        : face == FontLibrary.NaskhBold ? FontLibrary.SansBold
        : face == FontLibrary.SansRegular ? FontLibrary.NaskhRegular
        : FontLibrary.NaskhBold;
}

internal readonly record struct FontItem(int Start, int End, FontFace Face);
