namespace KpiTracker.Reports.Documents;

/// <summary>
/// A rank change as an arrow with a number: ▲2 (up two places), ▼1, or an en dash for no change. The embedded fonts have no
/// arrow glyphs, so the triangle is drawn as a vector and the number is text (pdftotext reads "2"); up and down differ in shape
/// as well as in colour, so a grey print keeps them apart.
/// </summary>
internal static class RankChangeCell
{
    public const string NoChange = "–";

    public static void RankChange(this IContainer cell, int? change, ReportTheme theme) =>
        cell.BorderBottom(0.4f, theme.Rule).Padding(4, 3, 4, 3).Row(row =>
        {
            if (change is not { } c || c == 0)
            {
                row.RelativeItem().Text(change is null ? ReportFormat.Dash : NoChange, change is null ? theme.MissingText : theme.Body, TextAlignment.Center);
                return;
            }

            row.RelativeItem();
            row.ConstantItem(8).Canvas(theme.BodySize * 1.5f, (context, area) => Arrow(context, area, up: c > 0, theme));
            row.ConstantItem(14).PaddingHorizontal(2).Text(ReportFormat.Integer(Math.Abs(c)), theme.Strong);
            row.RelativeItem();
        });

    private static void Arrow(DrawingContext context, SKRect area, bool up, ReportTheme theme)
    {
        var (x, y, h) = (area.MidX, area.MidY + 0.5f, 3.4f);
        using var path = new SKPath();
        path.MoveTo(x, up ? y - h : y + h);
        path.LineTo(x + h, up ? y + h : y - h);
        path.LineTo(x - h, up ? y + h : y - h);
        path.Close();
        context.Canvas.DrawPath(path, context.Fill(up ? theme.Green : theme.Red));
    }
}
