namespace KpiTracker.Reports.Charts;

/// <summary>A bar on a 0–100 scale with an optional reference marker (the national median).</summary>
internal sealed record ChartBar(string Label, decimal? Value, string ValueText, decimal? Marker, SKColor Color);

internal sealed record BarChartOptions(float LabelShare, float LabelSize, bool ShowAxis, bool ContinuousMarker, string MarkerLegend, string ValueLegend);

/// <summary>
/// Horizontal bars drawn straight onto the page canvas as vectors. Labels go through the same text engine as the
/// rest of the page; in a right-to-left document labels sit on the right and bars grow to the left.
/// </summary>
internal static class BarChart
{
    private static readonly float[] Ticks = [0, 25, 50, 75, 100];

    public static void Paint(DrawingContext context, SKRect area, IReadOnlyList<ChartBar> bars, BarChartOptions options, ReportTheme theme)
    {
        var canvas = context.Canvas;
        var small = new TextStyle(options.LabelSize, false, theme.Muted);
        var label = new TextStyle(options.LabelSize, false, theme.Ink);
        var legendHeight = options.LabelSize * 2.4f;
        var axisHeight = options.ShowAxis ? options.LabelSize * 2.2f : 0;
        var labelWidth = area.Width * options.LabelShare;
        var valueWidth = options.LabelSize * 3.2f;
        var plotWidth = area.Width - labelWidth - valueWidth - 8;
        var plotTop = area.Top + legendHeight;
        var rowHeight = (area.Height - legendHeight - axisHeight) / Math.Max(1, bars.Count);

        float X(float value) => context.RightToLeft
            ? area.Right - labelWidth - 4 - (plotWidth * value / 100)
            : area.Left + labelWidth + 4 + (plotWidth * value / 100);

        DrawLegend(context, area, options, theme, small);
        foreach (var tick in Ticks)
        {
            var x = X(tick);
            canvas.DrawLine(x, plotTop, x, plotTop + (rowHeight * bars.Count), context.Stroke(theme.Rule, 0.4f));
            if (options.ShowAxis)
            {
                var text = tick.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
                context.DrawText(text, small, x - 15, plotTop + (rowHeight * bars.Count) + 2, 30, TextAlignment.Center);
            }
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var top = plotTop + (rowHeight * i);
            // Labels stay on one line inside their row; a label too long for the column is set smaller instead of wrapping.
            var labelLeft = context.RightToLeft ? area.Right - labelWidth : area.Left;
            var natural = context.MeasureText(bar.Label, label);
            var fitted = natural.Width > labelWidth - 4 ? label.WithSize(Math.Max(4.5f, label.Size * (labelWidth - 4) / natural.Width)) : label;
            var labelSize = context.MeasureText(bar.Label, fitted);
            context.DrawText(bar.Label, fitted, labelLeft, top + ((rowHeight - labelSize.Height) / 2), labelWidth - 4 + 0.5f);

            var thickness = rowHeight * 0.56f;
            var barTop = top + ((rowHeight - thickness) / 2);
            var end = X(bar.Value is { } v ? (float)Math.Clamp(v, 0, 100) : 0);
            var start = X(0);
            if (bar.Value is not null)
            {
                canvas.DrawRect(new SKRect(Math.Min(start, end), barTop, Math.Max(start, end), barTop + thickness), context.Fill(bar.Color));
            }

            var valueStyle = bar.Value is null ? small : label.AsBold();
            var valueSize = context.MeasureText(bar.ValueText, valueStyle);
            // The value sits past the bar and past the median tick so neither hides it.
            // The value follows the bar; it jumps past the median tick when the tick would cross it. Small multiples
            // share a continuous median line, so their values line up in one column past the scale instead.
            var barEnd = Math.Clamp((float)(bar.Value ?? 0), 0, 100);
            var reach = options.ContinuousMarker ? 100 : barEnd;
            if (!options.ContinuousMarker && bar.Marker is { } m)
            {
                var tick = (float)Math.Clamp(m, 0, 100);
                var labelSpan = (valueSize.Width + 6) * 100 / plotWidth;
                if (tick >= barEnd - 1 && tick <= barEnd + labelSpan)
                {
                    reach = tick + 1;
                }
            }

            var valueLeft = context.RightToLeft ? X(reach) - 3 - valueSize.Width : X(reach) + 3;
            context.DrawText(bar.ValueText, valueStyle, valueLeft, top + ((rowHeight - valueSize.Height) / 2), valueSize.Width + 1);

            if (bar.Marker is { } marker)
            {
                var mx = X((float)Math.Clamp(marker, 0, 100));
                var markerTop = options.ContinuousMarker ? top : barTop - 2;
                var markerBottom = options.ContinuousMarker ? top + rowHeight : barTop + thickness + 2;
                canvas.DrawLine(mx, markerTop, mx, markerBottom, context.Stroke(theme.MedianMarker, options.ContinuousMarker ? 0.9f : 1.6f));
            }
        }
    }

    private static void DrawLegend(DrawingContext context, SKRect area, BarChartOptions options, ReportTheme theme, TextStyle style)
    {
        var swatch = options.LabelSize;
        var y = area.Top + (options.LabelSize * 0.4f);
        var offset = 0f;
        void Entry(string text, Action<float> drawSwatch)
        {
            var width = context.MeasureText(text, style).Width;
            var left = context.MirrorX(area, area.Left + offset, swatch + 3 + width);
            var swatchLeft = context.RightToLeft ? left + width + 3 : left;
            var textLeft = context.RightToLeft ? left : left + swatch + 3;
            drawSwatch(swatchLeft);
            context.DrawText(text, style, textLeft, y - 1, width + 1);
            offset += swatch + width + 14;
        }

        Entry(options.ValueLegend, x => context.Canvas.DrawRect(new SKRect(x, y + 1, x + swatch, y + swatch - 1), context.Fill(theme.Grey)));
        Entry(options.MarkerLegend, x => context.Canvas.DrawLine(x + (swatch / 2), y - 1, x + (swatch / 2), y + swatch + 1, context.Stroke(theme.MedianMarker, 1.6f)));
    }
}
