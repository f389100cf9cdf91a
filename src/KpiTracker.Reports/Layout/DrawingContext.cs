namespace KpiTracker.Reports.Layout;

/// <summary>What an element draws with: the canvas, the reading direction and the shared text engine.</summary>
public sealed class DrawingContext : IDisposable
{
    private readonly SKPaint fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke };

    internal DrawingContext(SKCanvas canvas, bool rightToLeft, EmbeddedFonts fonts, HashSet<TextLayout>? collector = null)
    {
        Canvas = canvas;
        RightToLeft = rightToLeft;
        Fonts = fonts;
        Collector = collector;
    }

    internal EmbeddedFonts Fonts { get; }

    /// <summary>Set in the page-counting pass: text is collected (to choose the embedded glyphs), not drawn.</summary>
    internal HashSet<TextLayout>? Collector { get; }

    public SKCanvas Canvas { get; internal set; }

    public bool RightToLeft { get; }

    public SKSize MeasureText(string text, TextStyle style, float maxWidth = float.PositiveInfinity)
    {
        var layout = TextLayoutEngine.Layout(text, style, maxWidth, RightToLeft);
        return new SKSize(layout.Width, layout.Height);
    }

    /// <summary>Draws text in a box whose top-left corner is (left, top); the text wraps at the box width.</summary>
    public float DrawText(string text, TextStyle style, float left, float top, float width, TextAlignment alignment = TextAlignment.Start)
    {
        var layout = TextLayoutEngine.Layout(text, style, width, RightToLeft);
        if (Collector is not null)
        {
            Collector.Add(layout);
        }
        else
        {
            layout.Draw(Canvas, Fill(style.Color), Fonts, left, top, width, alignment, RightToLeft);
        }

        return layout.Height;
    }

    public SKPaint Fill(SKColor color)
    {
        fill.Color = color;
        return fill;
    }

    public SKPaint Stroke(SKColor color, float width)
    {
        stroke.Color = color;
        stroke.StrokeWidth = width;
        return stroke;
    }

    /// <summary>Mirrors a horizontal position inside an area when the document reads right to left.</summary>
    public float MirrorX(SKRect area, float left, float width) => RightToLeft ? area.Right - (left - area.Left) - width : left;

    public void Dispose()
    {
        fill.Dispose();
        stroke.Dispose();
    }
}
