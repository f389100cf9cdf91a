using KpiTracker.Domain.Scoring;

namespace KpiTracker.Domain.Improvement;

/// <summary>
/// A governorate's loop score in a cycle: 100 × the mean realisation of its actions due in that cycle, on the 0–100 scale of
/// the DQI it is shown beside. Actions whose realisation is not measurable are left out; with none left the score is null
/// (not shown). Full precision; published like every score, to one decimal.
/// </summary>
public static class LoopScore
{
    public static decimal? Of(IEnumerable<ActionEffect> effects)
    {
        ArgumentNullException.ThrowIfNull(effects);
        var measured = effects.Where(e => e.Realisation is not null).Select(e => e.Realisation!.Value).ToList();
        return measured.Count == 0 ? null : 100m * measured.Sum() / measured.Count;
    }

    /// <summary>
    /// An action is due in cycle <paramref name="year"/> when it was opened in an earlier cycle, was not dropped, and its due
    /// date falls in that assessment year (1 January to 31 December, Muscat dates): the year whose values it set out to move.
    /// </summary>
    public static bool IsDue(int openedInYear, ActionStatus status, DateOnly dueDate, int year) =>
        openedInYear < year && status != ActionStatus.Dropped && dueDate.Year == year;

    /// <summary>
    /// The effect of an action on its indicator in a scored cycle: the new value is the cycle's accepted value (none when the
    /// indicator is missing, not applicable or no longer in the edition), measured on the edition's direction and band.
    /// </summary>
    public static ActionEffect Effect(ScoringFramework framework, IReadOnlyList<IndicatorResult> results, string indicatorCode, decimal baseline, decimal expected)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(results);
        var indicator = framework.Indicators.FirstOrDefault(i => i.Code == indicatorCode);
        var result = results.FirstOrDefault(r => r.Code == indicatorCode);
        if (indicator is null || result is not { Status: IndicatorStatus.Value, Value: { } value })
        {
            return ActionEffect.NotMeasurable;
        }

        return ActionEffect.Measure(indicator.Direction, indicator.Range, baseline, expected, value);
    }
}
