using KpiTracker.Domain.Scoring;

namespace KpiTracker.Domain.Collection;

// The owner's analysis: why the value is what it is. Required to submit a value whose provisional light is red (DOMAIN section 8).
public static partial class ValueRules
{
    /// <summary>Analysis and recommendation are longer than a comment may need to be, shorter than any free text (<see cref="TextRules.MaxLength"/>).</summary>
    public const int AnalysisMaxLength = 2000;

    /// <summary>
    /// The analysis a submission needs: none for a missing value or a green or amber light; for a red light, some text
    /// (<c>analysis.required_red</c>, with the published score as its argument).
    /// </summary>
    public static RuleViolation? CheckAnalysis(ValueYardstick yardstick, EntryValues values)
    {
        ArgumentNullException.ThrowIfNull(yardstick);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Value is not { } value || yardstick.Light(value) != TrafficLight.Red || !string.IsNullOrWhiteSpace(values.Analysis))
        {
            return null;
        }

        return new RuleViolation("analysis", "analysis.required_red", Format(yardstick.Score(value)!.Value));
    }
}
