namespace KpiTracker.Reports.Documents;

/// <summary>The indicator table of the scorecard, grouped by criterion; a group heading never ends a page.</summary>
internal static class ScorecardIndicators
{
    public static void Indicators(ColumnDescriptor column, IReadOnlyList<IndicatorGroup> groups, Labels labels, ReportTheme theme)
    {
        column.Item().Text(labels.Indicators, theme.Heading);
        column.Item().Table(table =>
        {
            table.ColumnsDefinition(c =>
            {
                c.ConstantColumn(44);
                c.RelativeColumn();
                c.ConstantColumn(64);
                c.ConstantColumn(58);
                c.ConstantColumn(40);
                c.ConstantColumn(60);
                c.ConstantColumn(76);
            });
            table.Header(h =>
            {
                h.Cell().Header(labels.Code, theme);
                h.Cell().Header(labels.Indicator, theme);
                h.Cell().Header(labels.Value, theme, TextAlignment.Center);
                h.Cell().Header(labels.Target, theme, TextAlignment.Center);
                h.Cell().Header(labels.Score, theme, TextAlignment.Center);
                h.Cell().Header(labels.Light, theme);
                h.Cell().Header(labels.Delta, theme, TextAlignment.Center);
            });
            foreach (var group in groups)
            {
                table.SpanningRow(heading: true).Background(theme.GroupFill).Padding(4, 3, 4, 3).Row(row =>
                {
                    row.Spacing(6);
                    row.ConstantItem(36).Text(group.CriterionCode, theme.Strong.WithColor(theme.Accent));
                    row.RelativeItem().Text(group.CriterionName, theme.Strong.WithColor(theme.Accent));
                });
                foreach (var indicator in group.Indicators)
                {
                    table.Row(r => IndicatorRow(r, indicator, labels, theme));
                }
            }
        });
    }

    private static void IndicatorRow(TableRowDescriptor r, IndicatorResult indicator, Labels labels, ReportTheme theme)
    {
        var value = indicator.Status switch
        {
            IndicatorStatus.NotApplicable => labels.NotApplicable,
            IndicatorStatus.Missing => ReportFormat.Dash,
            _ => ReportFormat.ValueWithUnit(indicator.Value, indicator.UnitLabel, indicator.Unit),
        };
        r.Cell().Body(indicator.Code, theme);
        r.Cell().Body(indicator.Name, theme);
        r.Cell().BorderBottom(0.4f, theme.Rule).Padding(4, 3, 4, 3).Text(value,
            indicator.Status == IndicatorStatus.Value && indicator.Value is not null ? theme.Body : theme.MissingText, TextAlignment.Center);
        r.Cell().Body(indicator.TargetText, theme, TextAlignment.Center);
        r.Cell().Figure(ReportFormat.Number(indicator.Score), theme);
        r.Cell().LightCell(indicator.Light, labels.LightWord(indicator.Light), theme);
        r.Cell().Change(indicator.Delta, indicator.Score is not null, labels, theme);
    }
}
