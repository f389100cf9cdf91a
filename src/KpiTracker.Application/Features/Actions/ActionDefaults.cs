using KpiTracker.Application.Features.Scoring;

namespace KpiTracker.Application.Features.Actions;

/// <summary>
/// The value an action's form proposes as expected at the next cycle: the governorate's commitment for the indicator in
/// that cycle (approved, else proposed), else the what-if value (the one the suggested next-band plan enters for the
/// indicator, else the value that alone reaches the next band), else the edition's target.
/// </summary>
internal static class ActionDefaults
{
    public static decimal? Expected(decimal? commitment, NextBandDto plan, string indicator, decimal? target)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return commitment
            ?? plan.Plan.Steps.FirstOrDefault(s => s.Code == indicator)?.ValueToEnter
            ?? plan.Indicators.FirstOrDefault(i => i.Code == indicator)?.Value
            ?? target;
    }
}
