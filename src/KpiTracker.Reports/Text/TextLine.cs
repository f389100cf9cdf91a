using SkiaSharp;

namespace KpiTracker.Reports.Text;

/// <summary>One laid-out line: its glyphs as a ready-to-draw blob whose origin is the line's left end on the baseline.</summary>
internal sealed class TextLine(SKTextBlob? blob, float width, float ascent, float descent)
{
    public SKTextBlob? Blob { get; } = blob;

    public float Width { get; } = width;

    public float Ascent { get; } = ascent;

    public float Descent { get; } = descent;

    public float Height => Ascent + Descent;
}
