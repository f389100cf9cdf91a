namespace KpiTracker.Reports.Text;

/// <summary>A paragraph broken into lines. Immutable and cached, so it is shared by every render that needs it.</summary>
internal sealed class TextLayout(IReadOnlyList<TextLine> lines)
{
    public IReadOnlyList<TextLine> Lines { get; } = lines;

    public float Width { get; } = lines.Count == 0 ? 0 : lines.Max(l => l.Width);

    public float Height { get; } = lines.Sum(l => l.Height);

    /// <summary>Draws the lines inside a box of the given width, aligned to the reading direction.</summary>
    public void Draw(SKCanvas canvas, SKPaint paint, EmbeddedFonts fonts, float left, float top, float boxWidth, TextAlignment alignment, bool rightToLeft)
    {
        var y = top;
        foreach (var line in Lines)
        {
            if (line.BlobFor(fonts) is { } blob)
            {
                var x = left + Offset(boxWidth - line.Width, alignment, rightToLeft);
                canvas.DrawText(blob, x, y + line.Ascent, paint);
            }

            y += line.Height;
        }
    }

    private static float Offset(float free, TextAlignment alignment, bool rightToLeft) => alignment switch
    {
        TextAlignment.Center => free / 2,
        TextAlignment.Start => rightToLeft ? free : 0,
        _ => rightToLeft ? 0 : free,
    };
}
