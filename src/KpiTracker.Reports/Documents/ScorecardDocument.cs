namespace KpiTracker.Reports.Documents;

/// <summary>One governorate's scorecard: A4 portrait, right to left in Arabic.</summary>
public static class ScorecardDocument
{
    public static void Render(ScorecardModel model, Stream output, ReportTheme? theme = null) =>
        Compose(model, theme ?? ReportTheme.Default).GeneratePdf(output);

    internal static ReportDocument Compose(ScorecardModel model, ReportTheme theme)
    {
        ArgumentNullException.ThrowIfNull(model);
        var labels = Labels.For(model.Language);
        var subtitle = labels.Format(labels.CycleFormat, model.CycleYear);
        var running = model.Kind == ScoreKind.Provisional ? $"{subtitle} · {labels.Provisional}" : subtitle;
        var metadata = new DocumentMetadata(labels.ScorecardTitle, model.Governorate.Name, model.GeneratedAt);
        return ReportDocument.Create(metadata, page => page
            .PageSize(PageSizes.A4Portrait)
            .Margins(theme.PageMargin)
            .ContentDirection(ReportChrome.Direction(model.Language))
            .Watermark(model.Kind == ScoreKind.Provisional ? labels.Provisional : string.Empty, ReportChrome.WatermarkStyle(theme))
            .Header((c, _) => ReportChrome.Header(c, labels.ScorecardTitle, model.Governorate.Name, running, theme))
            .Footer((c, info) => ReportChrome.Footer(c, info, labels, model.InputHash, model.GeneratedAt, theme))
            .Content(c => c.Column(column =>
            {
                column.Spacing(10);
                ScorecardSections.TitleBlock(column.Item(), model, labels, theme);
                ScorecardSections.Overall(column.Item(), model.Overall, labels, theme);
                if (model.Narrative is { Count: > 0 } narrative)
                {
                    ScorecardNarrative.Block(column.Item(), narrative, model.Language, theme);
                }

                ScorecardSections.CriteriaChart(column.Item(), model.Criteria, labels, theme);
                ScorecardSections.CriteriaTable(column.Item().ShowEntire(), model.Criteria, labels, theme);
                // No page break: the indicators start under the criteria, and the trend goes last, where the last page has room.
                ScorecardIndicators.Indicators(column, model.IndicatorGroups, labels, theme);
                ScorecardAnalyses.Section(column, model.Analyses, labels, theme);
                ScorecardAppendix.DataQuality(column.Item(), model.DataQuality, labels, theme);
                ScorecardAppendix.Notes(column.Item(), model.Notes, labels, theme);
                if (model.Trend is { Count: > 1 } trend)
                {
                    ScorecardAppendix.Trend(column.Item(), model, trend, labels, theme);
                }

                if (model.Plan is { HasContent: true } plan)
                {
                    ScorecardPlan.Page(column, plan, model.Language, theme);
                }
            })));
    }
}
