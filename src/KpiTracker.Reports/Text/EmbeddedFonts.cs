using System.Collections.Concurrent;
using System.Text;

namespace KpiTracker.Reports.Text;

/// <summary>
/// The typefaces one document embeds: each font cut down to the glyphs and characters the document's text uses.
/// Sets are cached by their content, so rendering the same document again reuses typefaces and line blobs.
/// </summary>
internal sealed class EmbeddedFonts
{
    private const int MaxSets = 256;
    private static readonly ConcurrentDictionary<string, EmbeddedFonts> Sets = new();
    private readonly Dictionary<FontFace, SKTypeface> typefaces;
    private readonly ConcurrentDictionary<(FontFace, float), SKFont> fonts = new();

    private EmbeddedFonts(Dictionary<FontFace, SKTypeface> typefaces) => this.typefaces = typefaces;

    /// <summary>Whole fonts, for text drawn without collecting its glyphs first.</summary>
    public static EmbeddedFonts Whole { get; } = new(FontLibrary.All.ToDictionary(f => f, f => f.Typeface));

    public SKFont Font(FontFace face, float size) =>
        fonts.GetOrAdd((face, size), static (key, set) => new SKFont(set.typefaces.GetValueOrDefault(key.Item1, key.Item1.Typeface), key.Item2)
        {
            Subpixel = true,
            LinearMetrics = true,
            // Embedded subsets carry no hinting, so page images render the outlines as PDF viewers do.
            Hinting = SKFontHinting.None,
        }, this);

    public static EmbeddedFonts For(IEnumerable<TextLayout> layouts)
    {
        var glyphs = new Dictionary<FontFace, SortedSet<ushort>>();
        var codepoints = new Dictionary<FontFace, SortedSet<int>>();
        foreach (var run in layouts.SelectMany(l => l.Lines).SelectMany(l => l.Runs))
        {
            var face = run.Shaped.Face;
            if (!glyphs.TryGetValue(face, out var glyphSet))
            {
                glyphs[face] = glyphSet = [];
                codepoints[face] = [];
            }

            glyphSet.UnionWith(run.Shaped.Glyphs);
            foreach (var rune in run.Source.EnumerateRunes())
            {
                codepoints[face].Add(rune.Value);
            }
        }

        // Page numbers are only known after the counting pass, so every embedded font keeps all ten digits.
        foreach (var set in codepoints.Values)
        {
            set.UnionWith(Enumerable.Range('0', 10));
        }

        var key = new StringBuilder();
        foreach (var face in glyphs.Keys.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            key.Append(face.Name).Append(':').AppendJoin(',', glyphs[face]).Append(';').AppendJoin(',', codepoints[face]).Append('|');
        }

        var id = key.ToString();
        if (Sets.TryGetValue(id, out var cached))
        {
            return cached;
        }

        if (Sets.Count > MaxSets)
        {
            Sets.Clear();
        }

        return Sets.GetOrAdd(id, _ => new EmbeddedFonts(glyphs.Keys.ToDictionary(f => f, f => SubsetTypeface(f, glyphs[f], codepoints[f]))));
    }

    private static SKTypeface SubsetTypeface(FontFace face, SortedSet<ushort> glyphs, SortedSet<int> codepoints)
    {
        var bytes = FontSubsetter.Subset(face, glyphs, codepoints);
        return bytes is null ? face.Typeface : SKTypeface.FromData(SKData.CreateCopy(bytes)) ?? face.Typeface;
    }
}
