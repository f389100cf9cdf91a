namespace KpiTracker.Reports.Documents;

/// <summary>The running header and footer both documents share.</summary>
internal static class ReportChrome
{
    public static void Header(IContainer container, string title, string subject, string cycle, ReportTheme theme) =>
        container.BorderBottom(0.6f, theme.Rule).PaddingBottom(3).Row(row =>
        {
            row.RelativeItem(2).Text(title, theme.Small.WithColor(theme.Accent).AsBold());
            row.RelativeItem().Text(subject, theme.Small, TextAlignment.Center);
            row.RelativeItem().Text(cycle, theme.Small, TextAlignment.End);
        });

    public static void Footer(IContainer container, PageInfo page, Labels labels, string inputHash, DateTimeOffset generatedAt, ReportTheme theme) =>
        container.PaddingTop(3).Row(row =>
        {
            row.RelativeItem().Text(labels.Format(labels.PageFormat, page.Number, page.Total), theme.Small);
            row.RelativeItem(2).Text(labels.Format(labels.GeneratedFormat, ReportFormat.MuscatTime(generatedAt)), theme.Small, TextAlignment.Center);
            row.RelativeItem(2).Text(labels.Format(labels.VerificationFormat, ReportFormat.VerificationCode(inputHash)), theme.Small, TextAlignment.End);
        });

    public static LayoutDirection Direction(ReportLanguage language) =>
        language == ReportLanguage.Arabic ? LayoutDirection.RightToLeft : LayoutDirection.LeftToRight;
}
