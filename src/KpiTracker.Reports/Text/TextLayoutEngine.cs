using System.Collections.Concurrent;
using System.Text;
using Icu;

namespace KpiTracker.Reports.Text;

/// <summary>
/// Turns a string into lines of positioned glyphs: ICU line breaking, ICU bidi per line, one HarfBuzz shaping per
/// visual run and font, runs placed in visual order. Layouts are cached per (text, size, weight, width, direction).
/// </summary>
internal static class TextLayoutEngine
{
    private const int MaxEntries = 20_000;
    private static readonly ConcurrentDictionary<Key, TextLayout> Cache = new();

    public static TextLayout Layout(string text, TextStyle style, float maxWidth, bool rightToLeft)
    {
        var key = new Key(text, style.Size, style.Bold, maxWidth, rightToLeft);
        if (Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (Cache.Count > MaxEntries)
        {
            Cache.Clear();
        }

        return Cache.GetOrAdd(key, static k => Build(k));
    }

    private static TextLayout Build(Key key)
    {
        IcuRuntime.EnsureInitialised();
        var lines = new List<TextLine>();
        foreach (var paragraph in Sanitize(key.Text).Split('\n'))
        {
            LayoutParagraph(paragraph, key, lines);
        }

        return new TextLayout(lines);
    }

    private static void LayoutParagraph(string paragraph, Key key, List<TextLine> lines)
    {
        var fallback = key.RightToLeft ? FontLibrary.Arabic(key.Bold) : FontLibrary.Latin(key.Bold);
        if (paragraph.Length == 0)
        {
            lines.Add(Empty(fallback, key.Size));
            return;
        }

        var breaks = LineBreaker.Break(paragraph, key.MaxWidth, (s, e) => Measure(paragraph, s, e, key, fallback));
        foreach (var (start, end) in breaks)
        {
            lines.Add(end > start ? BuildLine(paragraph, start, end, key, fallback) : Empty(fallback, key.Size));
        }
    }

    // Each line is resolved as its own bidi paragraph at the document's level: icu.net does not keep the paragraph
    // text alive for ubidi_setLine, so SetLine reads freed memory.
    private static TextLine BuildLine(string paragraph, int start, int end, Key key, FontFace fallback)
    {
        var placed = new List<(ShapedRun Run, float X, string Source)>();
        var x = 0f;
        using (var line = new BiDi())
        {
            line.SetPara(paragraph[start..end], (byte)(key.RightToLeft ? 1 : 0), null);
            var count = line.CountRuns();
            for (var r = 0; r < count; r++)
            {
                var direction = line.GetVisualRun(r, out var runStart, out var runLength);
                var rtl = direction == BiDi.BiDiDirection.RTL;
                var items = FontItemizer.Itemize(paragraph, start + runStart, start + runStart + runLength, key.Bold, fallback);
                if (rtl)
                {
                    items.Reverse();
                }

                foreach (var item in items)
                {
                    var shaped = Shaper.Shape(paragraph[item.Start..item.End], item.Face, key.Size, rtl);
                    placed.Add((shaped, x, paragraph[item.Start..item.End]));
                    x += shaped.Width;
                }
            }
        }

        var ascent = placed.Count == 0 ? fallback.Ascent : placed.Max(p => p.Run.Face.Ascent);
        var descent = placed.Count == 0 ? fallback.Descent : placed.Max(p => p.Run.Face.Descent);
        var extraction = ExtractionText.Encode(paragraph[start..end], key.RightToLeft);
        return new TextLine(SliceExtraction(placed, x, extraction), x, ascent * key.Size, descent * key.Size);
    }

    // Every run carries a slice of the extraction text, sliced in proportion to the run's width so the characters a
    // reader spreads over each run keep an even spacing.
    private static List<LineRun> SliceExtraction(List<(ShapedRun Run, float X, string Source)> placed, float totalWidth, string extraction)
    {
        var runs = placed.Where(p => p.Run.Glyphs.Length > 0).ToList();
        var result = new List<LineRun>(runs.Count);
        var used = 0;
        var covered = 0f;
        for (var i = 0; i < runs.Count; i++)
        {
            var (run, x, source) = runs[i];
            covered += run.Width;
            var remainingRuns = runs.Count - i - 1;
            var end = i == runs.Count - 1
                ? extraction.Length
                : Math.Clamp((int)MathF.Round(extraction.Length * covered / Math.Max(totalWidth, 0.001f)), used + 1, extraction.Length - remainingRuns);
            if (end < extraction.Length && char.IsLowSurrogate(extraction[end]))
            {
                end++;
            }

            result.Add(new LineRun(run, x, Encoding.UTF8.GetBytes(extraction[used..end]), source));
            used = end;
        }

        return result;
    }

    private static float Measure(string paragraph, int start, int end, Key key, FontFace fallback)
    {
        var width = 0f;
        foreach (var item in FontItemizer.Itemize(paragraph, start, end, key.Bold, fallback))
        {
            var rtl = item.Face == FontLibrary.NaskhRegular || item.Face == FontLibrary.NaskhBold;
            width += Shaper.Shape(paragraph[item.Start..item.End], item.Face, key.Size, rtl).Width;
        }

        return width;
    }

    private static TextLine Empty(FontFace face, float size) => new([], 0, face.Ascent * size, face.Descent * size);

    // Control characters and lone surrogates would break shaping or the PDF text; tabs read as spaces.
    private static string Sanitize(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var valid = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : char.IsLowSurrogate(c) ? i > 0 && char.IsHighSurrogate(text[i - 1])
                : c == '\n' || !char.IsControl(c);
            if (valid && c != '\r')
            {
                clean?.Append(c);
                continue;
            }

            clean ??= new StringBuilder(text, 0, i, text.Length);
            if (c != '\r')
            {
                clean.Append(c == '\t' ? ' ' : '\uFFFD');
            }
        }

        return clean?.ToString() ?? text;
    }

    private readonly record struct Key(string Text, float Size, bool Bold, float MaxWidth, bool RightToLeft);
}
