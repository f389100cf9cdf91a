using KpiTracker.Application.Features.Scoring;

namespace KpiTracker.Application.Features.Actions;

/// <summary>
/// The value an action's form proposes as expected at the next cycle (DOMAIN section 8: the commitment, else the what-if
/// plan's value). Commitments are not stored yet, so this is the what-if value: the one the suggested next-band plan enters
/// for the indicator, else the value that alone reaches the next band, else the edition's target. This is the one seam where
/// the commitment comes first once it exists.
/// </summary>
internal static class ActionDefaults
{
    public static decimal? Expected(NextBandDto plan, string indicator, decimal? target)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Plan.Steps.FirstOrDefault(s => s.Code == indicator)?.ValueToEnter
            ?? plan.Indicators.FirstOrDefault(i => i.Code == indicator)?.Value
            ?? target;
    }
}
