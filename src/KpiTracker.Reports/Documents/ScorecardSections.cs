using KpiTracker.Reports.Charts;

namespace KpiTracker.Reports.Documents;

/// <summary>The blocks of the scorecard, top to bottom.</summary>
internal static class ScorecardSections
{
    public static void TitleBlock(IContainer container, ScorecardModel model, Labels labels, ReportTheme theme) =>
        container.Background(theme.Panel).Padding(10).Column(column =>
        {
            column.Spacing(3);
            column.Item().Text(labels.ScorecardTitle, theme.Small.AsBold());
            column.Item().Text(model.Governorate.Name, theme.Title);
            column.Item().Row(row =>
            {
                row.Spacing(8);
                row.RelativeItem().Text(labels.Format(labels.CycleFormat, model.CycleYear), theme.Body);
                row.RelativeItem(2).Text(labels.Format(labels.EditionFormat, model.Edition.Name, ReportFormat.Isolate(model.Edition.Code)), theme.Body);
                row.ConstantItem(90).Background(model.Kind == ScoreKind.Final ? theme.Accent : theme.Amber).Padding(4, 1, 4, 1)
                    .Text(model.Kind == ScoreKind.Final ? labels.Final : labels.Provisional,
                        theme.Strong.WithColor(model.Kind == ScoreKind.Final ? theme.OnHeader : theme.Ink), TextAlignment.Center);
            });
        });

    public static void Overall(IContainer container, OverallResult overall, Labels labels, ReportTheme theme) =>
        container.Column(column =>
        {
            column.Spacing(4);
            column.Item().Row(row =>
            {
                row.Spacing(8);
                row.RelativeItem(1.3f).Tile(labels.OverallIndex, ReportFormat.Number(overall.Score), theme, extra =>
                    extra.Item().BandChip(overall.Band, overall.BandName ?? labels.NotPublished, theme, theme.BodySize));
                var rank = overall.Rank is { } r ? labels.Format(labels.RankFormat, ReportFormat.Integer(r), ReportFormat.Integer(overall.RankOf)) : labels.NoRank;
                row.RelativeItem().Tile(labels.Rank, rank, theme);
                row.RelativeItem().Tile(labels.Change, ReportFormat.Signed(overall.Delta), theme);
                row.RelativeItem().Tile(labels.Coverage, ReportFormat.Percent(overall.Coverage * 100), theme);
            });
            if (overall.InsufficientData)
            {
                column.Item().Border(0.8f, theme.Warning).Padding(6, 3, 6, 3).Text(labels.InsufficientData, theme.Strong.WithColor(theme.Warning));
            }
        });

    public static void CriteriaChart(IContainer container, IReadOnlyList<CriterionResult> criteria, Labels labels, ReportTheme theme)
    {
        var bars = criteria.Select(c => new ChartBar(c.Name, c.Score, ReportFormat.Number(c.Score), c.NationalMedian, theme.BandFill(c.Band))).ToList();
        var options = new BarChartOptions(0.34f, theme.SmallSize + 0.5f, true, false, labels.NationalMedian, labels.Score);
        container.Column(column =>
        {
            column.Spacing(4);
            column.Item().Text(labels.CriteriaChart, theme.Heading);
            column.Item().Canvas(30 + (criteria.Count * 22), (context, area) => BarChart.Paint(context, area, bars, options, theme));
        });
    }

    public static void CriteriaTable(IContainer container, IReadOnlyList<CriterionResult> criteria, Labels labels, ReportTheme theme) =>
        container.Column(column =>
        {
            column.Spacing(4);
            column.Item().Text(labels.CriteriaTable, theme.Heading);
            column.Item().Table(table =>
            {
                table.ColumnsDefinition(c =>
                {
                    c.ConstantColumn(40);
                    c.RelativeColumn();
                    c.ConstantColumn(48);
                    c.ConstantColumn(72);
                    c.ConstantColumn(60);
                    c.ConstantColumn(48);
                });
                table.Header(h =>
                {
                    h.Cell().Header(labels.Code, theme);
                    h.Cell().Header(labels.Criterion, theme);
                    h.Cell().Header(labels.Score, theme, TextAlignment.Center);
                    h.Cell().Header(labels.Band, theme, TextAlignment.Center);
                    h.Cell().Header(labels.NationalMedian, theme, TextAlignment.Center);
                    h.Cell().Header(labels.Delta, theme, TextAlignment.Center);
                });
                foreach (var criterion in criteria)
                {
                    table.Row(r =>
                    {
                        r.Cell().Body(criterion.Code, theme);
                        r.Cell().Body(criterion.Name, theme, strong: true);
                        r.Cell().Figure(ReportFormat.Number(criterion.Score), theme);
                        r.Cell().BorderBottom(0.4f, theme.Rule).Padding(3).BandChip(criterion.Band, criterion.BandName ?? labels.NotPublished, theme, theme.SmallSize + 0.5f);
                        r.Cell().Figure(ReportFormat.Number(criterion.NationalMedian), theme);
                        r.Cell().Figure(ReportFormat.Signed(criterion.Delta), theme);
                    });
                }
            });
        });

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
                c.ConstantColumn(46);
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
                table.SpanningRow().Background(theme.GroupFill).Padding(4, 3, 4, 3).Row(row =>
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
            _ => ReportFormat.ValueWithUnit(indicator.Value, indicator.UnitLabel),
        };
        r.Cell().Body(indicator.Code, theme);
        r.Cell().Body(indicator.Name, theme);
        r.Cell().BorderBottom(0.4f, theme.Rule).Padding(4, 3, 4, 3).Text(value,
            indicator.Status == IndicatorStatus.Value && indicator.Value is not null ? theme.Body : theme.MissingText, TextAlignment.Center);
        r.Cell().Body(indicator.TargetText, theme, TextAlignment.Center);
        r.Cell().Figure(ReportFormat.Number(indicator.Score), theme);
        r.Cell().LightCell(indicator.Light, labels.LightWord(indicator.Light), theme);
        r.Cell().Figure(ReportFormat.Signed(indicator.Delta), theme);
    }

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
                    c.ConstantColumn(44);
                    c.ConstantColumn(66);
                    c.RelativeColumn();
                });
                foreach (var note in notes)
                {
                    table.Row(r =>
                    {
                        r.Cell().Body(note.IndicatorCode, theme, strong: true);
                        r.Cell().Body(note.Kind == IndicatorStatus.NotApplicable ? labels.NotApplicable : labels.Missing, theme);
                        r.Cell().Body(note.Text, theme);
                    });
                }
            });
        });
}
