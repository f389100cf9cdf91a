using KpiTracker.Reports.Charts;

namespace KpiTracker.Reports.Documents;

internal static class ComparisonSections
{
    public static void LeagueTable(IContainer container, ComparisonModel model, Labels labels, ReportTheme theme) =>
        container.Table(table =>
        {
            table.ColumnsDefinition(c =>
            {
                c.ConstantColumn(34);
                c.RelativeColumn();
                c.ConstantColumn(50);
                c.ConstantColumn(66);
                c.ConstantColumn(50);
            });
            table.Header(h =>
            {
                h.Cell().Header(labels.Rank, theme, TextAlignment.Center);
                h.Cell().Header(labels.Governorate, theme);
                h.Cell().Header(labels.Overall, theme, TextAlignment.Center);
                h.Cell().Header(labels.Band, theme, TextAlignment.Center);
                h.Cell().Header(labels.RankChange, theme, TextAlignment.Center);
            });
            foreach (var g in model.Governorates)
            {
                table.Row(r =>
                {
                    r.Cell().Figure(g.Rank is { } rank ? ReportFormat.Integer(rank) : ReportFormat.Dash, theme);
                    r.Cell().Body(g.Name, theme, strong: true);
                    r.Cell().Figure(ReportFormat.Number(g.Overall), theme);
                    r.Cell().BorderBottom(0.4f, theme.Rule).Padding(3).BandChip(g.Band, g.BandName ?? labels.NotPublished, theme, theme.SmallSize + 0.5f);
                    r.Cell().Figure(ReportFormat.SignedInteger(g.RankChange), theme);
                });
            }
        });

    public static void HeatMap(IContainer container, ComparisonModel model, Labels labels, ReportTheme theme) =>
        container.Table(table =>
        {
            table.ColumnsDefinition(c =>
            {
                c.RelativeColumn(1.6f);
                foreach (var _ in model.Criteria)
                {
                    c.RelativeColumn();
                }
            });
            table.Header(h =>
            {
                h.Cell().Header(labels.Governorate, theme);
                foreach (var criterion in model.Criteria)
                {
                    h.Cell().Background(theme.HeaderFill).Padding(2, 3, 2, 3)
                        .Text(criterion.Name, new TextStyle(theme.SmallSize, true, theme.OnHeader), TextAlignment.Center);
                }
            });
            foreach (var g in model.Governorates)
            {
                table.Row(r =>
                {
                    r.Cell().Body(g.Name, theme, strong: true);
                    foreach (var score in g.Scores)
                    {
                        r.Cell().Padding(1).Background(theme.BandFill(score.Band)).Padding(2, 3, 2, 3)
                            .Text(ReportFormat.Number(score.Score), new TextStyle(theme.BodySize, score.Score is not null, score.Score is null ? theme.Muted : theme.OnBand(score.Band)), TextAlignment.Center);
                    }
                });
            }
        });

    /// <summary>The band colours with their names, taken from the governorates that carry them.</summary>
    public static void BandLegend(IContainer container, ComparisonModel model, ReportTheme theme)
    {
        var names = model.Governorates.Where(g => g.Band is not null && g.BandName is not null)
            .GroupBy(g => g.Band!.Value).OrderByDescending(b => b.Key).Select(b => (Band: b.Key, Name: b.First().BandName!)).ToList();
        container.Row(row =>
        {
            row.Spacing(6);
            foreach (var (band, name) in names)
            {
                row.ConstantItem(90).BandChip(band, name, theme, theme.SmallSize + 0.5f);
            }

            row.RelativeItem();
        });
    }

    public static void CriterionCharts(IContainer container, ComparisonModel model, Labels labels, ReportTheme theme)
    {
        const int perRow = 4;
        var options = new BarChartOptions(0.38f, theme.SmallSize, false, true, labels.NationalMedian, labels.Score);
        container.Column(column =>
        {
            column.Spacing(10);
            for (var start = 0; start < model.Criteria.Count; start += perRow)
            {
                var first = start;
                column.Item().Row(row =>
                {
                    row.Spacing(10);
                    for (var i = first; i < first + perRow; i++)
                    {
                        if (i >= model.Criteria.Count)
                        {
                            row.RelativeItem();
                            continue;
                        }

                        var criterion = model.Criteria[i];
                        var bars = model.Governorates.Select(g => new ChartBar(g.Name, g.Scores[i].Score, ReportFormat.Number(g.Scores[i].Score),
                            criterion.NationalMedian, theme.BandFill(g.Scores[i].Band))).ToList();
                        row.RelativeItem().Border(0.6f, theme.Rule).Padding(5).Column(chart =>
                        {
                            chart.Spacing(2);
                            chart.Item().Text(criterion.Name, theme.Strong.WithColor(theme.Accent));
                            chart.Item().Canvas(22 + (bars.Count * 13.5f), (context, area) => BarChart.Paint(context, area, bars, options, theme));
                        });
                    }
                });
            }
        });
    }
}
