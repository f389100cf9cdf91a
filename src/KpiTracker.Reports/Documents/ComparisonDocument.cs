namespace KpiTracker.Reports.Documents;

/// <summary>All governorates of a cycle side by side: A4 landscape, right to left in Arabic.</summary>
public static class ComparisonDocument
{
    public static void Render(ComparisonModel model, Stream output, ReportTheme? theme = null) =>
        Compose(model, theme ?? ReportTheme.Default).GeneratePdf(output);

    internal static ReportDocument Compose(ComparisonModel model, ReportTheme theme)
    {
        ArgumentNullException.ThrowIfNull(model);
        var labels = Labels.For(model.Language);
        var cycle = labels.Format(labels.CycleFormat, model.CycleYear);
        var kind = model.Kind == ScoreKind.Final ? labels.Final : labels.Provisional;
        var metadata = new DocumentMetadata(labels.ComparisonTitle, cycle, model.GeneratedAt);
        return ReportDocument.Create(metadata, page => page
            .PageSize(PageSizes.A4Landscape)
            .Margins(theme.PageMargin)
            .ContentDirection(ReportChrome.Direction(model.Language))
            .Watermark(model.Kind == ScoreKind.Provisional ? labels.Provisional : string.Empty, ReportChrome.WatermarkStyle(theme))
            .Header((c, _) => ReportChrome.Header(c, labels.ComparisonTitle, kind, cycle, theme))
            .Footer((c, info) => ReportChrome.Footer(c, info, labels, model.InputHash, model.GeneratedAt, theme))
            .Content(c => c.Column(column =>
            {
                column.Spacing(10);
                column.Item().Row(row =>
                {
                    row.Spacing(14);
                    row.RelativeItem().Column(title =>
                    {
                        title.Spacing(2);
                        title.Item().Text(labels.ComparisonTitle, theme.Title);
                        title.Item().Text(labels.Format(labels.EditionFormat, ReportFormat.FirstStrong(model.Edition.Name), ReportFormat.Isolate(model.Edition.Code)), theme.Body);
                    });
                    if (model.Identity is { } identity)
                    {
                        ReportChrome.Identity(row.ConstantItem(260), identity, theme);
                    }
                });
                column.Item().Row(row =>
                {
                    row.Spacing(14);
                    row.RelativeItem(2).Column(left =>
                    {
                        left.Spacing(4);
                        left.Item().Text(labels.LeagueTable, theme.Heading);
                        ComparisonSections.LeagueTable(left.Item(), model, labels, theme);
                        if (model.Governorates.Any(g => g.InsufficientData))
                        {
                            left.Item().Text(labels.NotEstablishedNote, theme.Small);
                        }
                    });
                    row.RelativeItem(3).Column(right =>
                    {
                        right.Spacing(4);
                        right.Item().Text(labels.HeatMap, theme.Heading);
                        ComparisonSections.HeatMap(right.Item(), model, labels, theme);
                    });
                });
                ComparisonSections.BandLegend(column.Item(), model, labels, theme);
                column.Item().PageBreak();
                column.Item().Text(labels.CriterionCharts, theme.Heading);
                ComparisonSections.CriterionCharts(column.Item(), model, labels, theme);
            })));
    }
}
