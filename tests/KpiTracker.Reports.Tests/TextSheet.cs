using KpiTracker.Reports.Layout;
using KpiTracker.Reports.Text;
using SkiaSharp;

namespace KpiTracker.Reports.Tests;

/// <summary>A one-page document of plain paragraphs, for text-engine tests.</summary>
internal static class TextSheet
{
    public static ReportDocument Compose(bool rightToLeft, params string[] paragraphs) =>
        ReportDocument.Create(new DocumentMetadata("Text sheet", "test", SampleData.GeneratedAt), page => page
            .PageSize(PageSizes.A4Portrait)
            .ContentDirection(rightToLeft ? LayoutDirection.RightToLeft : LayoutDirection.LeftToRight)
            .Content(c => c.Column(column =>
            {
                column.Spacing(12);
                foreach (var paragraph in paragraphs)
                {
                    column.Item().Text(paragraph, new TextStyle(11, false, SKColors.Black));
                }
            })));

    public static void Render(Stream output, bool rightToLeft, params string[] paragraphs) =>
        Compose(rightToLeft, paragraphs).GeneratePdf(output);
}
