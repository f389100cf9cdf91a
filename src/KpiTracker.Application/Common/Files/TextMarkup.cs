namespace KpiTracker.Application.Common.Files;

/// <summary>
/// Tells a text file that a browser could take for a page (HTML, SVG, XML) from plain CSV. Blank lines, white space, byte
/// order marks and zero-width characters before the content are skipped, then the first <see cref="OpeningLength"/>
/// characters of content are read: markup when they open with a tag, a declaration or a comment ('&lt;' then a letter, '!',
/// '?' or '/'), or hold a tag that makes a page active anywhere (<c>&lt;script</c>, <c>&lt;html</c>, <c>&lt;!doctype</c>,
/// <c>&lt;iframe</c>, <c>&lt;svg</c>, …, in any case). A CSV cell such as "&lt;5" still passes.
/// </summary>
internal static class TextMarkup
{
    public const int OpeningLength = 8 * 1024;

    private static readonly string[] ActiveTags = ["<script", "<html", "<!doctype", "<iframe", "<svg", "<body", "<object", "<embed"];

    /// <summary>Adds the decoded <paramref name="chars"/> to <paramref name="opening"/>: nothing while only blanks have come, then content up to the length read.</summary>
    public static void Collect(System.Text.StringBuilder opening, ReadOnlySpan<char> chars)
    {
        if (opening.Length >= OpeningLength)
        {
            return;
        }

        if (opening.Length == 0)
        {
            chars = chars.TrimStart(Blanks);
        }

        opening.Append(chars[..Math.Min(chars.Length, OpeningLength - opening.Length)]);
    }

    public static bool IsMarkup(string opening)
    {
        var text = opening.AsSpan().TrimStart(Blanks);
        if (text.Length >= 2 && text[0] == '<' && (char.IsAsciiLetter(text[1]) || text[1] is '!' or '?' or '/'))
        {
            return true;
        }

        foreach (var tag in ActiveTags)
        {
            if (text.Contains(tag, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What may stand before the content: white space, byte order marks, zero-width spaces and joiners, the word joiner.</summary>
    private static ReadOnlySpan<char> Blanks => " \t\r\n\f\v\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\u0085\uFEFF\u200B\u200C\u200D\u2060\u180E";
}
