using System.Globalization;
using Icu;

namespace KpiTracker.Reports.Text;

/// <summary>Greedy line filling over ICU's UAX #14 break opportunities; a word longer than the line breaks between graphemes.</summary>
internal static class LineBreaker
{
    private static readonly Locale Root = new("root");

    public static List<(int Start, int End)> Break(string paragraph, float maxWidth, Func<int, int, float> measure)
    {
        var lines = new List<(int Start, int End)>();
        if (paragraph.Length == 0 || float.IsPositiveInfinity(maxWidth))
        {
            lines.Add((0, TrimEnd(paragraph, 0, paragraph.Length)));
            return lines;
        }

        var lineStart = 0;
        var lineEnd = 0;
        var width = 0f;
        var pendingSpace = 0f;
        var hasContent = false;
        var previous = 0;
        foreach (var boundary in Boundaries(paragraph))
        {
            var coreEnd = TrimEnd(paragraph, previous, boundary);
            var core = measure(previous, coreEnd);
            if (hasContent && width + pendingSpace + core > maxWidth)
            {
                lines.Add((lineStart, lineEnd));
                lineStart = previous;
                width = 0;
                pendingSpace = 0;
                hasContent = false;
            }

            if (!hasContent && core > maxWidth)
            {
                // A word wider than the whole line: cut it between graphemes.
                var start = previous;
                while (start < coreEnd && measure(start, coreEnd) > maxWidth)
                {
                    var cut = LongestFit(paragraph, start, coreEnd, maxWidth, measure);
                    lines.Add((start, cut));
                    start = cut;
                }

                lineStart = start;
                core = measure(start, coreEnd);
            }

            width += pendingSpace + core;
            pendingSpace = measure(coreEnd, boundary);
            lineEnd = coreEnd;
            hasContent = true;
            previous = boundary;
        }

        lines.Add((lineStart, lineEnd));
        return lines;
    }

    private static int LongestFit(string text, int start, int end, float maxWidth, Func<int, int, float> measure)
    {
        var stops = new List<int>();
        var enumerator = StringInfo.GetTextElementEnumerator(text[start..end]);
        while (enumerator.MoveNext())
        {
            stops.Add(start + enumerator.ElementIndex + enumerator.GetTextElement().Length);
        }

        int low = 0, high = stops.Count - 1, best = 0;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (measure(start, stops[mid]) <= maxWidth)
            {
                best = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return stops[best];
    }

    private static int[] Boundaries(string text)
    {
        IcuRuntime.EnsureInitialised();
        using var iterator = BreakIterator.CreateLineInstance(Root);
        iterator.SetText(text);
        return iterator.Boundaries.Where(b => b > 0).ToArray();
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
