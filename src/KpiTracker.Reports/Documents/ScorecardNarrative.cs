using System.Globalization;
using KpiTracker.Reports.Narrative;

namespace KpiTracker.Reports.Documents;

/// <summary>
/// The narrative on the first page, under the headline: the sentences written from the run (<see cref="NarrativeWriter"/>), set
/// small and tight so the scorecard keeps its page count.
/// </summary>
internal static class ScorecardNarrative
{
    public static void Block(IContainer container, IReadOnlyList<string> sentences, ReportLanguage language, ReportTheme theme)
    {
        var culture = CultureInfo.GetCultureInfo(language == ReportLanguage.Arabic ? "ar" : "en");
        container.ShowEntire().Background(theme.Panel).Padding(6).Column(column =>
        {
            column.Spacing(1.5f);
            column.Item().Text(NarrativeTemplates.Title(culture), theme.Small.AsBold().WithColor(theme.Accent));
            foreach (var sentence in sentences)
            {
                column.Item().Text(sentence, theme.Small.WithColor(theme.Ink));
            }
        });
    }
}
