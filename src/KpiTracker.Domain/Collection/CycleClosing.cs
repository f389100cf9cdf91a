using KpiTracker.Domain.Quality;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Domain.Collection;

/// <summary>
/// What closing a cycle does to its items (DOMAIN sections 4 and 6): accepted and verified values lock, granted
/// not-applicable items stay so, every other entered item becomes missing, and GOV-02 is computed per governorate from when
/// its other applicable items were first submitted (<see cref="SubmissionTiming"/>: completeness by expiry, timeliness by
/// the deadline) and locked at full precision.
/// Another platform-computed indicator, which this edition does not define a formula for, is missing.
/// </summary>
public static class CycleClosing
{
    public static void Close(Cycle cycle, IReadOnlyCollection<Submission> items, IReadOnlyDictionary<string, Indicator> indicators, DateTimeOffset now, string actor)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(indicators);
        cycle.Close(now);
        foreach (var unit in items.GroupBy(s => s.OrgUnitCode))
        {
            var entered = unit.Where(s => indicators[s.IndicatorCode].Source != SourceType.Platform).ToList();
            foreach (var item in entered)
            {
                item.CloseOut(now, actor);
            }

            var applicable = entered.Where(s => s.State != SubmissionState.NotApplicable);
            var gov02 = Gov02.Compute(SubmissionTiming.Of(cycle, applicable.Select(s => s.FirstSubmittedAt)));
            foreach (var item in unit.Where(s => indicators[s.IndicatorCode].Source == SourceType.Platform))
            {
                var indicator = indicators[item.IndicatorCode];
                item.SetComputedValue(indicator, indicator.Code == Gov02.Code ? gov02 : null, now);
            }
        }
    }
}
