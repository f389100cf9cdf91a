namespace KpiTracker.Reports.Layout;

/// <summary>A paragraph; it never splits across pages.</summary>
internal sealed class TextElement(string text, TextStyle style, TextAlignment alignment) : Element
{
    public override SpacePlan Measure(DrawingContext context, SKSize available)
    {
        var size = context.MeasureText(text, style, available.Width);
        return size.Height > available.Height + 0.01f ? SpacePlan.Wrap : SpacePlan.Full(size.Width, size.Height);
    }

    public override void Draw(DrawingContext context, SKRect area) =>
        context.DrawText(text, style, area.Left, area.Top, area.Width, alignment);
}

/// <summary>Custom vector drawing (charts, dots, bars) in an area of fixed height.</summary>
public delegate void CanvasPainter(DrawingContext context, SKRect area);

internal sealed class CanvasElement(float height, CanvasPainter painter) : Element
{
    public override SpacePlan Measure(DrawingContext context, SKSize available) =>
        height > available.Height + 0.01f ? SpacePlan.Wrap : SpacePlan.Full(available.Width, height);

    public override void Draw(DrawingContext context, SKRect area)
    {
        var canvas = context.Canvas;
        canvas.Save();
        canvas.ClipRect(new SKRect(area.Left, area.Top, area.Right, area.Top + height));
        painter(context, new SKRect(area.Left, area.Top, area.Right, area.Top + height));
        canvas.Restore();
    }
}

/// <summary>A raster or vector image scaled to fit a box of the given height, placed at the start edge.</summary>
internal sealed class ImageElement(SKImage image, float height) : Element
{
    public override SpacePlan Measure(DrawingContext context, SKSize available) =>
        height > available.Height + 0.01f ? SpacePlan.Wrap : SpacePlan.Full(available.Width, height);

    public override void Draw(DrawingContext context, SKRect area)
    {
        var scale = Math.Min(area.Width / image.Width, height / image.Height);
        var width = image.Width * scale;
        var left = context.MirrorX(area, area.Left, width);
        using var paint = new SKPaint();
        context.Canvas.DrawImage(image, new SKRect(left, area.Top, left + width, area.Top + (image.Height * scale)), new SKSamplingOptions(SKFilterMode.Linear), paint);
    }
}
