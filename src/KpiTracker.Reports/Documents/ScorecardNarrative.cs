using System.Globalization;
using KpiTracker.Reports.Narrative;

namespace KpiTracker.Reports.Documents;

/// <summary>
/// The narrative on the first page, under the headline: the sentences written from the run (<see cref="NarrativeWriter"/>), set
/// small and as one paragraph so the scorecard keeps its page count.
/// </summary>
internal static class ScorecardNarrative
{
    public static void Block(IContainer container, IReadOnlyList<string> sentences, ReportLanguage language, ReportTheme theme)
    {
        var culture = CultureInfo.GetCultureInfo(language == ReportLanguage.Arabic ? "ar" : "en");
        // One paragraph, as a summary reads: set line by line, the ragged ends would cost the page its last lines.
        container.ShowEntire().Background(theme.Panel).Padding(5).Column(column =>
        {
            column.Spacing(1);
            column.Item().Text(NarrativeTemplates.Title(culture), theme.Small.AsBold().WithColor(theme.Accent));
            column.Item().Text(string.Join(" ", sentences), theme.Small.WithColor(theme.Ink));
        });
    }
}
