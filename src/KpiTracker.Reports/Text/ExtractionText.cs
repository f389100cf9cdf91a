using System.Text;
using Icu;

namespace KpiTracker.Reports.Text;

/// <summary>
/// The text a line carries for copy and extraction (PDF /ActualText), arranged so that a reader's bidi heuristic
/// turns it back into the logical string.
/// </summary>
/// <remarks>
/// PDF text is visual; readers such as poppler's pdftotext rebuild reading order with a two-level heuristic:
/// in a right-to-left page they read sections of right-to-left characters reversed and sections that start at a
/// letter or number forwards. Glyph-by-glyph text cannot survive that for strings such as "87.5% (Q3 2026)"
/// after Arabic. So each line carries its logical text rearranged into exactly the sections that heuristic reverses,
/// with a right-to-left mark (or left-to-right mark in left-to-right pages) wherever a neutral character would
/// otherwise be pulled into the wrong section, and at both ends so neighbouring table cells never merge.
/// </remarks>
internal static class ExtractionText
{
    private const char Rlm = '\u200F';
    private const char Lrm = '\u200E';

    public static string Encode(string logical, bool rightToLeftPage)
    {
        IcuRuntime.EnsureInitialised();
        var text = rightToLeftPage ? Rlm + logical + Rlm : Lrm + logical + Lrm;
        return rightToLeftPage ? EncodeRightToLeft(text) : EncodeLeftToRight(text);
    }

    // Output order of the reader on a right-to-left page: R0 L1 R1 L2 …, where an L section holds no R character and
    // ends with an L/number character, and every R section after the first starts with an R character and holds no
    // L/number character. The visual string is the sections in reverse order, R sections reversed.
    private static string EncodeRightToLeft(string text)
    {
        var sections = new List<(bool Forward, StringBuilder Text)>();
        var current = new StringBuilder();
        var forward = false;
        var i = 0;
        while (i < text.Length)
        {
            var kind = Classify(text[i]);
            if (!forward)
            {
                if (kind == Kind.Strong)
                {
                    sections.Add((false, current));
                    current = new StringBuilder();
                    forward = true;
                    continue;
                }
            }
            else if (kind == Kind.RightToLeft || (kind == Kind.Neutral && NeutralsEndBefore(text, i, Kind.RightToLeft)))
            {
                sections.Add((true, current));
                current = new StringBuilder();
                if (kind == Kind.Neutral)
                {
                    current.Append(Rlm);
                }

                forward = false;
                continue;
            }

            current.Append(text[i]);
            i++;
        }

        sections.Add((forward, current));
        var visual = new StringBuilder(text.Length + 4);
        for (var s = sections.Count - 1; s >= 0; s--)
        {
            AppendSection(visual, sections[s].Text, sections[s].Forward);
        }

        return visual.ToString();
    }

    // Output order on a left-to-right page: L0 R1 L1 R2 …, where an R section holds no L/number character and ends
    // with an R character, and every L section after the first starts with an L/number character.
    private static string EncodeLeftToRight(string text)
    {
        var visual = new StringBuilder(text.Length + 4);
        var current = new StringBuilder();
        var reversed = false;
        var i = 0;
        while (i < text.Length)
        {
            var kind = Classify(text[i]);
            if (!reversed)
            {
                if (kind == Kind.RightToLeft)
                {
                    AppendSection(visual, current, forward: true);
                    current.Clear();
                    reversed = true;
                    continue;
                }
            }
            else if (kind == Kind.Strong || (kind == Kind.Neutral && !NeutralsEndBefore(text, i, Kind.RightToLeft)))
            {
                AppendSection(visual, current, forward: false);
                current.Clear();
                if (kind == Kind.Neutral)
                {
                    current.Append(Lrm);
                }

                reversed = false;
                continue;
            }

            current.Append(text[i]);
            i++;
        }

        AppendSection(visual, current, forward: !reversed);
        return visual.ToString();
    }

    private static bool NeutralsEndBefore(string text, int index, Kind kind)
    {
        var j = index;
        while (j < text.Length && Classify(text[j]) == Kind.Neutral)
        {
            j++;
        }

        return j == text.Length || Classify(text[j]) == kind;
    }

    private static void AppendSection(StringBuilder visual, StringBuilder section, bool forward)
    {
        if (forward)
        {
            visual.Append(section);
            return;
        }

        for (var k = section.Length - 1; k >= 0; k--)
        {
            // Keep surrogate pairs in order when reversing.
            if (k > 0 && char.IsLowSurrogate(section[k]) && char.IsHighSurrogate(section[k - 1]))
            {
                visual.Append(section[k - 1]).Append(section[k]);
                k--;
                continue;
            }

            visual.Append(section[k]);
        }
    }

    // Mirrors the reader's classes: letters of right-to-left scripts; left-to-right letters together with numbers
    // and the number separators and terminators ("%", ".", ",", ":", "+", "-", "/"); everything else neutral.
    private static Kind Classify(char c) => Character.CharDirection(c) switch
    {
        Character.UCharDirection.RIGHT_TO_LEFT or Character.UCharDirection.RIGHT_TO_LEFT_ARABIC => Kind.RightToLeft,
        Character.UCharDirection.LEFT_TO_RIGHT or Character.UCharDirection.EUROPEAN_NUMBER
            or Character.UCharDirection.ARABIC_NUMBER or Character.UCharDirection.EUROPEAN_NUMBER_SEPARATOR
            or Character.UCharDirection.EUROPEAN_NUMBER_TERMINATOR
            or Character.UCharDirection.COMMON_NUMBER_SEPARATOR => Kind.Strong,
        _ => Kind.Neutral,
    };

    private enum Kind
    {
        Neutral,
        Strong,
        RightToLeft,
    }
}
