using System.Collections.Concurrent;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace KpiTracker.Reports.Text;

/// <summary>Shapes text with HarfBuzz in a given direction and caches the result by (text, font, size, direction).</summary>
internal static class Shaper
{
    private const int MaxEntries = 50_000;
    private static readonly ConcurrentDictionary<Key, ShapedRun> Cache = new();
    private static readonly Language Arabic = new("ar");
    private static readonly Language English = new("en");

    public static ShapedRun Shape(string text, FontFace face, float size, bool rightToLeft)
    {
        var key = new Key(text, face, size, rightToLeft);
        if (Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (Cache.Count > MaxEntries)
        {
            Cache.Clear();
        }

        return Cache.GetOrAdd(key, static k => ShapeUncached(k.Text, k.Face, k.Size, k.RightToLeft));
    }

    private static ShapedRun ShapeUncached(string text, FontFace face, float size, bool rightToLeft)
    {
        using var buffer = new Buffer();
        buffer.AddUtf16(text);
        buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        var arabicFace = face == FontLibrary.NaskhRegular || face == FontLibrary.NaskhBold;
        buffer.Script = arabicFace ? Script.Arabic : Script.Latin;
        buffer.Language = arabicFace ? Arabic : English;
        face.Shaper.Shape(buffer);

        var infos = buffer.GetGlyphInfoSpan();
        var placements = buffer.GetGlyphPositionSpan();
        var scale = size / face.UnitsPerEm;
        var glyphs = new ushort[infos.Length];
        var positions = new SKPoint[infos.Length];
        var x = 0f;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            positions[i] = new SKPoint(x + (placements[i].XOffset * scale), -placements[i].YOffset * scale);
            x += placements[i].XAdvance * scale;
        }

        return new ShapedRun(face, size, glyphs, positions, x);
    }

    private readonly record struct Key(string Text, FontFace Face, float Size, bool RightToLeft);
}
