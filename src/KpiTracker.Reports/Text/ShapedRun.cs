namespace KpiTracker.Reports.Text;

/// <summary>HarfBuzz output for one piece of text in one font, size and direction: glyphs in visual order.</summary>
internal sealed class ShapedRun(FontFace face, float size, ushort[] glyphs, SKPoint[] positions, float width)
{
    public FontFace Face { get; } = face;

    public float Size { get; } = size;

    public ushort[] Glyphs { get; } = glyphs;

    /// <summary>Glyph origins relative to the run's start on the baseline (y grows downwards).</summary>
    public SKPoint[] Positions { get; } = positions;

    public float Width { get; } = width;
}
