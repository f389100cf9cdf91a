using KpiTracker.Application.Common;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Common;
using KpiTracker.Domain.Frameworks;

namespace KpiTracker.Web.Components.Pages.Collection.Submission;

/// <summary>
/// What entry.js needs to tell the owner, as the value is typed, that it would get a red light and so needs an analysis: the
/// indicator's direction and bounds as the scorer uses them (with the governorate's override), the amber threshold, and the
/// server's message. The script has no rule of its own beyond the score formula; the server checks again on submit.
/// </summary>
internal static class AnalysisChecks
{
    public static Dictionary<string, object> With(Dictionary<string, object> checks, ValueYardstick yardstick)
    {
        var indicator = yardstick.Indicator;
        if (indicator.Direction == IndicatorDirection.Range)
        {
            if (indicator.Range is not { } range)
            {
                return checks;
            }

            checks["data-light-range"] = string.Join(' ', new[] { range.LowerZero, range.TargetLow, range.TargetHigh, range.UpperZero }.Select(ValueRules.Format));
        }
        else if (indicator is { Lower: { } lower, Target: { } target })
        {
            checks["data-light-lower"] = ValueRules.Format(lower);
            checks["data-light-target"] = ValueRules.Format(target);
        }
        else
        {
            return checks;
        }

        checks["data-light-direction"] = indicator.Direction.ToCode();
        checks["data-light-amber"] = ValueRules.Format(yardstick.AmberThreshold);
        // {0} stays for the script to fill with the score as the server would write it.
        checks["data-msg-red"] = Messages.Get("analysis.required_red", "{0}");
        return checks;
    }
}
