namespace KpiTracker.Application.Features.Scoring;

/// <summary>The median the comparison, the scorecard and the PDFs print: of the numbers present, the middle one or the mean of the two middle ones.</summary>
internal static class Medians
{
    public static decimal? Of(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? null
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
