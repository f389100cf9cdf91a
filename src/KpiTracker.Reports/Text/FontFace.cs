using System.Runtime.InteropServices;
using SkiaSharp;

namespace KpiTracker.Reports.Text;

/// <summary>One embedded font, loaded once: the Skia typeface that draws it and the HarfBuzz font that shapes it.</summary>
internal sealed class FontFace
{
    public FontFace(string name, byte[] data)
    {
        Name = name;
        Typeface = SKTypeface.FromData(SKData.CreateCopy(data))
            ?? throw new InvalidOperationException($"The embedded font {name} could not be read.");
        // HarfBuzz reads the font bytes in place, so they stay pinned for as long as HarfBuzz holds the blob.
        var pinned = GCHandle.Alloc(data, GCHandleType.Pinned);
        using var blob = new HarfBuzzSharp.Blob(pinned.AddrOfPinnedObject(), data.Length, HarfBuzzSharp.MemoryMode.ReadOnly, pinned.Free);
        HarfBuzzFace = new HarfBuzzSharp.Face(blob, 0);
        UnitsPerEm = HarfBuzzFace.UnitsPerEm;
        Shaper = new HarfBuzzSharp.Font(HarfBuzzFace);
        Shaper.SetFunctionsOpenType();
        Shaper.SetScale(UnitsPerEm, UnitsPerEm);

        using var font = new SKFont(Typeface, UnitsPerEm);
        var metrics = font.Metrics;
        Ascent = -metrics.Ascent / UnitsPerEm;
        Descent = metrics.Descent / UnitsPerEm;
    }

    public string Name { get; }

    public SKTypeface Typeface { get; }

    public HarfBuzzSharp.Font Shaper { get; }

    public HarfBuzzSharp.Face HarfBuzzFace { get; }

    public int UnitsPerEm { get; }

    /// <summary>Ascent above the baseline per em (positive).</summary>
    public float Ascent { get; }

    /// <summary>Descent below the baseline per em (positive).</summary>
    public float Descent { get; }

    public bool Covers(int codepoint) => Shaper.TryGetNominalGlyph(codepoint, out _);

    public override string ToString() => Name;
}
