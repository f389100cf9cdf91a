namespace KpiTracker.Reports.Documents;

/// <summary>
/// The owner's analysis and the reviewer's recommendation beside the indicators they explain, set compactly: the code, then the texts across the page's width. Only red
/// indicators print (their analysis is required), so the scorecard keeps within its page budget; the screen shows every one.
/// </summary>
internal static class ScorecardAnalyses
{
    public static void Section(ColumnDescriptor column, IReadOnlyList<IndicatorAnalysis>? analyses, Labels labels, ReportTheme theme)
    {
        var shown = analyses?.Where(a => a.Light == TrafficLight.Red).ToList() ?? [];
        if (shown.Count == 0)
        {
            return;
        }

        var compact = theme with { BodySize = theme.SmallSize + 0.5f };
        column.Item().Text(labels.Analyses, theme.Heading);
        column.Item().Text(labels.AnalysesNote, theme.Small);
        column.Item().Table(table =>
        {
            table.ColumnsDefinition(c =>
            {
                c.ConstantColumn(44);
                c.RelativeColumn();
            });
            table.Header(h =>
            {
                h.Cell().Header(labels.Code, theme);
                h.Cell().Header(labels.Analysis, theme);
            });
            // The indicator's name is in the indicator table above; here the full width goes to the texts, one line each mostly.
            foreach (var analysis in shown)
            {
                table.Row(r =>
                {
                    r.Cell().Body(analysis.Code, compact, strong: true);
                    r.Cell().BorderBottom(0.4f, theme.Rule).Padding(4, 2, 4, 2).Column(cell =>
                    {
                        cell.Item().Text(analysis.Analysis ?? ReportFormat.Dash, compact.Body);
                        if (analysis.Recommendation is { } recommendation)
                        {
                            cell.Item().Text($"{labels.Recommendation}: {recommendation}", compact.Small);
                        }
                    });
                });
            }
        });
    }
}
