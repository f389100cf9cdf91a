using KpiTracker.Reports.Charts;

namespace KpiTracker.Reports.Documents;

/// <summary>The blocks of the scorecard, top to bottom.</summary>
internal static class ScorecardSections
{
    public static void TitleBlock(IContainer container, ScorecardModel model, Labels labels, ReportTheme theme) =>
        container.Background(theme.Panel).Padding(10).Column(column =>
        {
            column.Spacing(3);
            column.Item().Row(top =>
            {
                top.Spacing(8);
                top.RelativeItem().Column(title =>
                {
                    title.Spacing(3);
                    title.Item().Text(labels.ScorecardTitle, theme.Small.AsBold());
                    title.Item().Text(model.Governorate.Name, theme.Title);
                });
                if (model.Identity is { } identity)
                {
                    ReportChrome.Identity(top.ConstantItem(220), identity, theme);
                }
            });
            column.Item().Row(row =>
            {
                row.Spacing(8);
                row.RelativeItem().Text(labels.Format(labels.CycleFormat, model.CycleYear), theme.Body);
                row.RelativeItem(2).Text(labels.Format(labels.EditionFormat, ReportFormat.FirstStrong(model.Edition.Name), ReportFormat.Isolate(model.Edition.Code)), theme.Body);
                row.ConstantItem(90).Background(model.Kind == ScoreKind.Final ? theme.Accent : theme.Amber).Padding(4, 1, 4, 1)
                    .Text(model.Kind == ScoreKind.Final ? labels.Final : labels.Provisional,
                        theme.Strong.WithColor(model.Kind == ScoreKind.Final ? theme.OnHeader : theme.Ink), TextAlignment.Center);
            });
        });

    /// <summary>
    /// The headline: index with its band, coverage beside it, rank of N and the change. Below the coverage threshold the band and
    /// the rank are "not established", in grey, with the reason (docs/RESULTS.md).
    /// </summary>
    public static void Overall(IContainer container, OverallResult overall, Labels labels, ReportTheme theme) =>
        container.Row(row =>
        {
            row.Spacing(8);
            var coverage = ReportFormat.Percent(overall.Coverage * 100);
            row.RelativeItem(1.4f).Tile(labels.OverallIndex, ReportFormat.Number(overall.Score), theme, extra =>
            {
                if (overall.InsufficientData)
                {
                    extra.Item().NotEstablishedChip(labels, theme, theme.BodySize);
                    extra.Item().Text(labels.Format(labels.NotEstablishedFormat, ReportFormat.Isolate(coverage)), theme.Small);
                    return;
                }

                extra.Item().BandChip(overall.Band, overall.BandName ?? labels.NotPublished, theme, theme.BodySize);
            });
            row.RelativeItem().Tile(labels.Coverage, coverage, theme, extra =>
            {
                if (overall.ValueCount is { } values && overall.ApplicableCount is { } applicable)
                {
                    extra.Item().Text(labels.Format(labels.CoverageFormat, ReportFormat.Integer(values), ReportFormat.Integer(applicable)), theme.Small);
                }
            });
            var rank = overall.InsufficientData ? labels.NotEstablished
                : overall.Rank is { } r ? labels.Format(labels.RankFormat, ReportFormat.Integer(r), ReportFormat.Integer(overall.RankOf)) : labels.NoRank;
            row.RelativeItem().Tile(labels.Rank, rank, theme, word: overall.InsufficientData || overall.Rank is null);
            var noPrior = overall.Delta is null && overall.Score is not null;
            row.RelativeItem().Tile(labels.Change, noPrior ? labels.NoPriorValue : ReportFormat.Signed(overall.Delta), theme, word: noPrior);
        });

    public static void CriteriaChart(IContainer container, IReadOnlyList<CriterionResult> criteria, Labels labels, ReportTheme theme)
    {
        var bars = criteria.Select(c => new ChartBar(c.Name, c.Score, ReportFormat.Number(c.Score), c.NationalMedian, theme.BandFill(c.Band))).ToList();
        var options = new BarChartOptions(0.34f, theme.SmallSize + 0.5f, true, false, labels.NationalMedian, labels.Score);
        container.Column(column =>
        {
            column.Spacing(4);
            column.Item().Text(labels.CriteriaChart, theme.Heading);
            column.Item().Canvas(30 + (criteria.Count * 17), (context, area) => BarChart.Paint(context, area, bars, options, theme));
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
                    c.ConstantColumn(76);
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
                        r.Cell().Change(criterion.Delta, criterion.Score is not null, labels, theme);
                    });
                }
            });
        });
}
