namespace KpiTracker.Reports.Text;

/// <summary>One embedded font, loaded once: the Skia typeface that draws it and the HarfBuzz font that shapes it.</summary>
internal sealed class FontFace
{
    /// <param name="name">The font's file name without extension.</param>
    /// <param name="data">The font file's bytes; they must stay valid and unchanged for the life of the process (Skia and
    /// HarfBuzz both read them in place, neither takes a copy).</param>
    /// <param name="length">The number of bytes at <paramref name="data"/>.</param>
    public FontFace(string name, IntPtr data, int length)
    {
        Name = name;
        Typeface = SKTypeface.FromData(SKData.Create(data, length))
            ?? throw new InvalidOperationException($"The embedded font {name} could not be read.");
        using var blob = new HarfBuzzSharp.Blob(data, length, HarfBuzzSharp.MemoryMode.ReadOnly);
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
