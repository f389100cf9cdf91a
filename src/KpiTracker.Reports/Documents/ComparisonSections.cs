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
                c.ConstantColumn(44);
                c.ConstantColumn(54);
                c.ConstantColumn(64);
                c.ConstantColumn(44);
            });
            table.Header(h =>
            {
                h.Cell().Header(labels.Rank, theme, TextAlignment.Center);
                h.Cell().Header(labels.Governorate, theme);
                h.Cell().Header(labels.Overall, theme, TextAlignment.Center);
                h.Cell().Header(labels.Coverage, theme, TextAlignment.Center);
                h.Cell().Header(labels.Band, theme, TextAlignment.Center);
                h.Cell().Header(labels.RankChange, theme, TextAlignment.Center);
            });
            foreach (var g in model.Governorates)
            {
                table.Row(r =>
                {
                    // Below the coverage threshold the rank and band are not established (docs/RESULTS.md): no number, no colour.
                    var established = !g.InsufficientData;
                    r.Cell().Figure(established && g.Rank is { } rank ? ReportFormat.Integer(rank) : ReportFormat.Dash, theme);
                    r.Cell().Body(g.Name, theme, strong: true);
                    r.Cell().Figure(ReportFormat.Number(g.Overall), theme);
                    r.Cell().Figure(ReportFormat.Percent(g.Coverage * 100), theme);
                    var chip = r.Cell().BorderBottom(0.4f, theme.Rule).Padding(3);
                    if (established)
                    {
                        chip.BandChip(g.Band, g.BandName ?? labels.NotPublished, theme, theme.SmallSize + 0.5f);
                    }
                    else
                    {
                        chip.NotEstablishedChip(labels, theme, theme.SmallSize + 0.5f);
                    }

                    r.Cell().RankChange(established ? g.RankChange : null, theme);
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
                        HeatCell(r.Cell(), score, BandName(model, score.Band), theme);
                    }
                });
            }
        });

    /// <summary>A heat-map cell: the score over its band's name on the band's fill, so the band reads without colour; white with a dash when missing.</summary>
    internal static void HeatCell(IContainer cell, CriterionScore score, string? band, ReportTheme theme)
    {
        var fill = score.Score is null ? SKColors.White : theme.BandFill(score.Band);
        var ink = score.Score is null ? theme.Muted : theme.OnBand(score.Band);
        cell.Padding(1).Border(score.Score is null ? 0.4f : 0, theme.Rule).Background(fill).Padding(2, 1, 2, 1).Column(column =>
        {
            column.Item().Text(ReportFormat.Number(score.Score), new TextStyle(theme.BodySize, score.Score is not null, ink), TextAlignment.Center);
            if (score.Score is not null && band is not null)
            {
                column.Item().Text(band, new TextStyle(theme.SmallSize - 0.5f, false, ink), TextAlignment.Center);
            }
        });
    }

    private static string? BandName(ComparisonModel model, Band? band) =>
        band is null ? null : Legend(model).FirstOrDefault(b => b.Band == band)?.Name;

    /// <summary>The edition's bands, highest first; without them (older callers) the bands the governorates carry.</summary>
    private static List<BandInfo> Legend(ComparisonModel model) =>
        model.Bands is { Count: > 0 } bands
            ? [.. bands.OrderByDescending(b => b.Band)]
            : [.. model.Governorates.Where(g => g.Band is not null && g.BandName is not null)
                .GroupBy(g => g.Band!.Value).OrderByDescending(b => b.Key).Select(b => new BandInfo(b.Key, b.First().BandName!, 0))];

    /// <summary>Every band of the edition with its colour, name and lowest score, and how to read the fills in a grey print.</summary>
    public static void BandLegend(IContainer container, ComparisonModel model, Labels labels, ReportTheme theme) =>
        container.Column(column =>
        {
            column.Spacing(3);
            column.Item().Row(row =>
            {
                row.Spacing(6);
                foreach (var band in Legend(model))
                {
                    var name = model.Bands is { Count: > 0 } ? labels.Format(labels.BandFromFormat, ReportFormat.FirstStrong(band.Name), ReportFormat.Number(band.MinScore)) : band.Name;
                    row.ConstantItem(96).BandChip(band.Band, name, theme, theme.SmallSize + 0.5f);
                }

                row.RelativeItem();
            });
            column.Item().Text(labels.BandLegendNote, theme.Small);
        });

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
