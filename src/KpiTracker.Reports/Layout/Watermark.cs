namespace KpiTracker.Reports.Layout;

/// <summary>One line of text, centred in the page body and turned by an angle; drawn before the content, so the content lies on top.</summary>
internal sealed class WatermarkElement(string text, TextStyle style, float degrees) : Element
{
    public override SpacePlan Measure(DrawingContext context, SKSize available) => SpacePlan.Full(available.Width, available.Height);

    public override void Draw(DrawingContext context, SKRect area)
    {
        var size = context.MeasureText(text, style);
        var canvas = context.Canvas;
        canvas.Save();
        canvas.Translate(area.MidX, area.MidY);
        canvas.RotateDegrees(degrees);
        context.DrawText(text, style, -size.Width / 2, -size.Height / 2, size.Width + 1, TextAlignment.Center);
        canvas.Restore();
    }
}
