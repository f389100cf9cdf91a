namespace KpiTracker.Reports.Documents;

/// <summary>The running header and footer both documents share.</summary>
internal static class ReportChrome
{
    public static void Header(IContainer container, string title, string subject, string cycle, ReportTheme theme) =>
        container.BorderBottom(0.6f, theme.Rule).PaddingBottom(3).Row(row =>
        {
            row.RelativeItem(2).Text(title, theme.Small.WithColor(theme.Accent).AsBold());
            row.RelativeItem().Text(subject, theme.Small, TextAlignment.Center);
            row.RelativeItem(1.6f).Text(cycle, theme.Small, TextAlignment.End);
        });

    public static void Footer(IContainer container, PageInfo page, Labels labels, string inputHash, DateTimeOffset generatedAt, ReportTheme theme) =>
        container.PaddingTop(3).Row(row =>
        {
            row.RelativeItem().Text(labels.Format(labels.PageFormat, page.Number, page.Total), theme.Small);
            row.RelativeItem(2).Text(labels.Format(labels.GeneratedFormat, ReportFormat.MuscatTime(generatedAt)), theme.Small, TextAlignment.Center);
            row.RelativeItem(2).Text(labels.Format(labels.VerificationFormat, ReportFormat.VerificationCode(inputHash)), theme.Small, TextAlignment.End);
        });

    /// <summary>Large, bold and light: the provisional watermark behind every page's content.</summary>
    public static TextStyle WatermarkStyle(ReportTheme theme) => new(64, true, theme.Watermark);

    /// <summary>The issuer: the logo (when configured) at the start edge, the ministry's name and the issuing department beside it.</summary>
    public static void Identity(IContainer container, ReportIdentity identity, ReportTheme theme) =>
        container.Row(row =>
        {
            row.Spacing(8);
            if (identity.Logo is { } logo)
            {
                row.ConstantItem(Math.Min(120, 40f * logo.Width / Math.Max(1, logo.Height))).Image(logo, 40);
            }

            row.RelativeItem().Column(column =>
            {
                column.Spacing(1);
                if (identity.Ministry.Length > 0)
                {
                    column.Item().Text(identity.Ministry, theme.Strong.WithColor(theme.Accent));
                }

                if (identity.Department.Length > 0)
                {
                    column.Item().Text(identity.Department, theme.Small);
                }
            });
        });

    public static LayoutDirection Direction(ReportLanguage language) =>
        language == ReportLanguage.Arabic ? LayoutDirection.RightToLeft : LayoutDirection.LeftToRight;
}
