namespace KpiTracker.Reports.Documents;

/// <summary>
/// The owner's analysis and the reviewer's recommendation beside the indicators they explain. Only red and amber indicators
/// print, so the section stays short and the scorecard within its page budget; the screen shows every one.
/// </summary>
internal static class ScorecardAnalyses
{
    public static void Section(ColumnDescriptor column, IReadOnlyList<IndicatorAnalysis>? analyses, Labels labels, ReportTheme theme)
    {
        var shown = analyses?.Where(a => a.Light is TrafficLight.Red or TrafficLight.Amber).ToList() ?? [];
        if (shown.Count == 0)
        {
            return;
        }

        column.Item().Text(labels.Analyses, theme.Heading);
        column.Item().Text(labels.AnalysesNote, theme.Small);
        column.Item().Table(table =>
        {
            table.ColumnsDefinition(c =>
            {
                c.ConstantColumn(44);
                c.RelativeColumn();
            });
            foreach (var analysis in shown)
            {
                table.Row(r =>
                {
                    r.Cell().Body(analysis.Code, theme, strong: true);
                    r.Cell().BorderBottom(0.4f, theme.Rule).Padding(4, 3, 4, 3).Column(cell =>
                    {
                        cell.Spacing(1);
                        cell.Item().Text($"{analysis.Name} · {labels.LightWord(analysis.Light)}", theme.Strong);
                        if (analysis.Analysis is { } text)
                        {
                            cell.Item().Text($"{labels.Analysis}: {text}", theme.Body);
                        }

                        if (analysis.Recommendation is { } recommendation)
                        {
                            cell.Item().Text($"{labels.Recommendation}: {recommendation}", theme.Body);
                        }
                    });
                });
            }
        });
    }
}
