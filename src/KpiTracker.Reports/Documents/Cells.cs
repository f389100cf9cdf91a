namespace KpiTracker.Reports.Documents;

/// <summary>Table cells and small pieces shared by both documents.</summary>
internal static class Cells
{
    public static void Header(this IContainer cell, string text, ReportTheme theme, TextAlignment alignment = TextAlignment.Start) =>
        cell.Background(theme.HeaderFill).Padding(4, 3, 4, 3).Text(text, theme.Strong.WithColor(theme.OnHeader), alignment);

    public static void Body(this IContainer cell, string text, ReportTheme theme, TextAlignment alignment = TextAlignment.Start, bool strong = false) =>
        cell.BorderBottom(0.4f, theme.Rule).Padding(4, 3, 4, 3).Text(text, strong ? theme.Strong : theme.Body, alignment);

    /// <summary>A number cell; an em dash in grey stands for a missing number.</summary>
    public static void Figure(this IContainer cell, string text, ReportTheme theme) =>
        cell.BorderBottom(0.4f, theme.Rule).Padding(4, 3, 4, 3)
            .Text(text, text == ReportFormat.Dash ? theme.MissingText : theme.Body, TextAlignment.Center);

    /// <summary>The band name on the band's colour.</summary>
    public static void BandChip(this IContainer cell, Band? band, string? name, ReportTheme theme, float size) =>
        cell.Background(theme.BandFill(band)).Padding(4, 2, 4, 2)
            .Text(name ?? ReportFormat.Dash, new TextStyle(size, true, theme.OnBand(band)), TextAlignment.Center);

    /// <summary>A coloured dot followed by its word, so the light reads without colour.</summary>
    public static void LightCell(this IContainer cell, TrafficLight light, string word, ReportTheme theme) =>
        cell.BorderBottom(0.4f, theme.Rule).Padding(4, 3, 4, 3).Row(row =>
        {
            row.Spacing(3);
            row.ConstantItem(7).Canvas(theme.BodySize * 1.6f, (context, area) =>
                context.Canvas.DrawCircle(area.MidX, area.MidY, 3.2f, context.Fill(theme.LightFill(light))));
            row.RelativeItem().Text(word, theme.Body);
        });

    /// <summary>A labelled figure in a bordered box (overall, rank, change, coverage, data quality); a word instead of a number is set smaller and grey.</summary>
    public static void Tile(this IContainer container, string label, string figure, ReportTheme theme, Action<ColumnDescriptor>? extra = null, bool word = false) =>
        container.Border(0.6f, theme.Rule).Background(theme.Panel).Padding(8, 6, 8, 6).Column(column =>
        {
            column.Spacing(2);
            column.Item().Text(label, theme.Small);
            column.Item().Text(figure, word ? theme.Strong.WithColor(theme.Muted) : figure == ReportFormat.Dash ? theme.Figure.WithColor(theme.Muted) : theme.Figure);
            extra?.Invoke(column);
        });

    /// <summary>
    /// A change from last year: signed, one decimal; "no value last year" when there is a score now but none to compare with,
    /// an em dash when there is no score now.
    /// </summary>
    public static void Change(this IContainer cell, decimal? delta, bool scored, Labels labels, ReportTheme theme)
    {
        if (delta is null && scored)
        {
            cell.BorderBottom(0.4f, theme.Rule).Padding(3, 3, 3, 3).Text(labels.NoPriorValue, theme.Small, TextAlignment.Center);
            return;
        }

        cell.Figure(ReportFormat.Signed(delta), theme);
    }

    /// <summary>The grey "not established" chip that stands where a band would be (docs/RESULTS.md).</summary>
    public static void NotEstablishedChip(this IContainer cell, Labels labels, ReportTheme theme, float size) =>
        cell.BandChip(null, labels.NotEstablished, theme, size);
}
