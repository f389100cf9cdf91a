using System.Buffers;
using System.Globalization;
using System.Text;

namespace KpiTracker.Application.Common.Files;

/// <summary>
/// Makes a user's file name safe to show and to send back in <c>Content-Disposition</c>. Files are never stored
/// under it (see <see cref="FileStore"/>), but it still must not carry a path, control or bidi-override characters
/// (which make "evil‮fdp.exe" read as "evilexe.pdf"), or run on for ever. Letters of any script, Arabic included, stay.
/// </summary>
public static class FileNames
{
    public const int MaxLength = 120;

    private const string Fallback = "file";
    private static readonly SearchValues<char> Reserved = SearchValues.Create("<>:\"/\\|?*");

    /// <summary>The sanitised name, ending with an extension that matches the recognised <paramref name="kind"/>.</summary>
    public static string Sanitise(string? name, FileKind kind)
    {
        var text = LastSegment(name ?? "").Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse
                or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                continue;
            }

            if (Rune.IsWhiteSpace(rune))
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            if (rune.IsBmp && Reserved.Contains((char)rune.Value))
            {
                sb.Append('_');
            }
            else
            {
                sb.Append(rune.ToString());
            }
        }

        var clean = sb.ToString().Trim().Trim('.', ' ');
        var (stem, extension) = Split(clean, kind);
        stem = Truncate(stem.TrimEnd('.', ' '), MaxLength - extension.Length);
        return (stem.Length == 0 ? Fallback : stem) + extension;
    }

    /// <summary>Whatever came before the last slash or backslash is a client's path, not part of the name.</summary>
    private static string LastSegment(string name)
    {
        var cut = name.LastIndexOfAny(['/', '\\']);
        return cut < 0 ? name : name[(cut + 1)..];
    }

    /// <summary>Keeps an extension that fits the content (".jpeg" for a JPEG); otherwise appends the kind's own.</summary>
    private static (string Stem, string Extension) Split(string name, FileKind kind)
    {
        var dot = name.LastIndexOf('.');
        if (dot > 0)
        {
            var extension = name[dot..].ToLowerInvariant();
            if (kind.Extensions().Contains(extension))
            {
                return (name[..dot], extension);
            }
        }

        return (name, kind.Extensions()[0]);
    }

    /// <summary>Cuts at a text-element boundary, so no surrogate pair or base letter with its marks is split.</summary>
    private static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var length = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var next = length + ((string)elements.Current).Length;
            if (next > max)
            {
                break;
            }

            length = next;
        }

        return text[..length].TrimEnd();
    }
}
