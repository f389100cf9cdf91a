namespace KpiTracker.Reports.Documents;

/// <summary>The blocks after the indicators: data quality and notes (identical notes collapse into one line listing the codes).</summary>
internal static class ScorecardAppendix
{
    public static void DataQuality(IContainer container, DataQualitySummary quality, Labels labels, ReportTheme theme) =>
        container.ShowEntire().Column(column =>
        {
            column.Spacing(4);
            column.Item().Text(labels.DataQuality, theme.Heading);
            column.Item().Text(labels.DataQualityNote, theme.Small);
            column.Item().Row(row =>
            {
                row.Spacing(8);
                row.RelativeItem().Tile(labels.Dqi, ReportFormat.Number(quality.Dqi), theme);
                row.RelativeItem().Tile(labels.Completeness, ReportFormat.Percent(quality.Completeness), theme);
                row.RelativeItem().Tile(labels.Timeliness, ReportFormat.Percent(quality.Timeliness), theme);
            });
            column.Item().Row(row =>
            {
                row.Spacing(8);
                row.RelativeItem().Tile(labels.FirstPassAcceptance, ReportFormat.Percent(quality.FirstPassAcceptance), theme);
                row.RelativeItem().Tile(labels.EvidenceReviewed, ReportFormat.Percent(quality.EvidenceReviewed), theme);
                row.RelativeItem().Tile(labels.ItemsWithoutOpenFlags, ReportFormat.Percent(quality.ItemsWithoutOpenFlags), theme);
            });
        });

    /// <summary>
    /// The overall index and each criterion over the last cycles (oldest first), set compactly so it fits under the criteria on the
    /// first page; a provisional cycle is marked in its heading.
    /// </summary>
    public static void Trend(IContainer container, ScorecardModel model, IReadOnlyList<TrendYear> years, Labels labels, ReportTheme theme) =>
        container.ShowEntire().Column(column =>
        {
            column.Spacing(3);
            column.Item().Text(labels.Trend, theme.Heading);
            column.Item().Table(table =>
            {
                table.ColumnsDefinition(c =>
                {
                    c.RelativeColumn();
                    foreach (var _ in years)
                    {
                        c.ConstantColumn(84);
                    }
                });
                table.Header(h =>
                {
                    h.Cell().Header(labels.Criterion, theme);
                    foreach (var year in years)
                    {
                        var heading = ReportFormat.Integer(year.Year);
                        h.Cell().Header(year.Kind == ScoreKind.Provisional ? labels.Format(labels.TrendProvisionalFormat, heading) : heading, theme, TextAlignment.Center);
                    }
                });
                TrendRow(table, labels.OverallIndex, years.Select(y => y.Overall), theme with { BodySize = theme.SmallSize + 0.5f }, strong: true);
                foreach (var criterion in model.Criteria)
                {
                    TrendRow(table, criterion.Name, years.Select(y => y.Criteria.GetValueOrDefault(criterion.Code)), theme with { BodySize = theme.SmallSize + 0.5f });
                }
            });
        });

    private static void TrendRow(TableDescriptor table, string name, IEnumerable<decimal?> scores, ReportTheme compact, bool strong = false) =>
        table.Row(r =>
        {
            r.Cell().BorderBottom(0.4f, compact.Rule).Padding(4, 1.5f, 4, 1.5f).Text(name, strong ? compact.Strong : compact.Body);
            foreach (var score in scores)
            {
                r.Cell().BorderBottom(0.4f, compact.Rule).Padding(4, 1.5f, 4, 1.5f)
                    .Text(ReportFormat.Number(score), score is null ? compact.MissingText : strong ? compact.Strong : compact.Body, TextAlignment.Center);
            }
        });

    /// <summary>One line per distinct note (kind and text), listing the indicators it applies to, in the order they first appear.</summary>
    public static void Notes(IContainer container, IReadOnlyList<ReportNote> notes, Labels labels, ReportTheme theme) =>
        container.Column(column =>
        {
            column.Spacing(4);
            column.Item().Text(labels.Notes, theme.Heading);
            if (notes.Count == 0)
            {
                column.Item().Text(labels.NoNotes, theme.Body);
                return;
            }

            column.Item().Table(table =>
            {
                table.ColumnsDefinition(c =>
                {
                    c.ConstantColumn(66);
                    c.RelativeColumn();
                });
                foreach (var group in notes.GroupBy(n => (n.Kind, n.Text)))
                {
                    var codes = string.Join(labels.ListSeparator, group.Select(n => ReportFormat.Isolate(n.IndicatorCode)).Distinct());
                    table.Row(r =>
                    {
                        r.Cell().Body(group.Key.Kind == IndicatorStatus.NotApplicable ? labels.NotApplicable : labels.Missing, theme, strong: true);
                        r.Cell().BorderBottom(0.4f, theme.Rule).Padding(4, 3, 4, 3).Column(cell =>
                        {
                            cell.Spacing(1);
                            cell.Item().Text(group.Key.Text, theme.Body);
                            cell.Item().Text(codes, theme.Strong);
                        });
                    });
                }
            });
        });
}
