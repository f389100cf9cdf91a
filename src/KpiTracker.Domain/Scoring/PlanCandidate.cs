using KpiTracker.Domain.Collection;

namespace KpiTracker.Domain.Scoring;

/// <summary>
/// An indicator a plan may raise, with its target: the value scoring 100 (for <c>range</c> the nearer end of the best band, the
/// lower end when there is no value yet), made enterable (the next whole number towards the target for counts, the allowed
/// range's end when the target lies beyond it). <see cref="Gain"/>: the overall points it adds alone at that target.
/// </summary>
internal sealed record PlanCandidate(int Index, ScoringIndicator Indicator, Indicator? Entry, decimal TargetValue, decimal TargetScore, decimal Gain)
{
    public ScoringInput AtTarget => new(IndicatorStatus.Value, TargetValue, TargetScore);

    /// <summary>Null for an N/A or computed indicator, one without an enterable value, or one already scoring its target.</summary>
    public static PlanCandidate? Of(ScoringFramework fw, ScoringInput[] inputs, ScoreKind kind, int index, Indicator? entry)
    {
        var input = inputs[index];
        if (input.Status == IndicatorStatus.NotApplicable || entry?.Source == SourceType.Platform)
        {
            return null;
        }

        var indicator = fw.Indicators[index];
        var (zero, full) = ScoreInversion.Segment(indicator, input.Value);
        if (Enterable(entry, full, towardsFull: full > zero ? 1 : -1) is not { } value)
        {
            return null;
        }

        var score = IndicatorScoring.Score(indicator, value);
        return input.IsCounted(kind) && score <= input.Score ? null : new PlanCandidate(index, indicator, entry, value, score, 0m);
    }

    /// <summary>
    /// The target as the entry form takes it. <paramref name="towardsFull"/> is the side the target is approached from:
    /// a count is rounded past the target on that side, and a target beyond the allowed range falls back to the range's end.
    /// </summary>
    private static decimal? Enterable(Indicator? entry, decimal full, int towardsFull)
    {
        if (entry is null)
        {
            return full;
        }

        var whole = ValueRules.IsWhole(entry);
        decimal Round(decimal v, bool up) => !whole ? v : up ? decimal.Ceiling(v) : decimal.Floor(v);
        var value = Round(full, towardsFull > 0);
        if (entry.AllowedMax is { } max && value > max)
        {
            value = Round(max, up: false);
        }
        else if (entry.AllowedMin is { } min && value < min)
        {
            value = Round(min, up: true);
        }

        return ValueRules.CheckValue(entry, value, "value") is null ? value : null;
    }
}
