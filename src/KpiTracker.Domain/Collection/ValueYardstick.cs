using KpiTracker.Domain.Scoring;

namespace KpiTracker.Domain.Collection;

/// <summary>
/// What a value of one item would score and which light it would get, as the scorer would publish it (DOMAIN section 4): the
/// indicator's L and T under the cycle's edition, replaced by the governorate's override for count indicators, and the
/// edition's light thresholds. The light is read from the score rounded to one decimal, so a value scoring 69.95 is amber.
/// This is the value's provisional light: the one that decides whether the owner must write an analysis to submit.
/// </summary>
public sealed record ValueYardstick(ScoringIndicator Indicator, decimal GreenThreshold, decimal AmberThreshold)
{
    public static ValueYardstick For(Indicator indicator, decimal greenThreshold, decimal amberThreshold, decimal? lowerOverride = null, decimal? targetOverride = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return new ValueYardstick(
            new ScoringIndicator(indicator.Code, "", indicator.Direction, lowerOverride ?? indicator.Lower, targetOverride ?? indicator.Target, indicator.Range, indicator.Weight),
            greenThreshold,
            amberThreshold);
    }

    /// <summary>The score as published (one decimal), null without a value.</summary>
    public decimal? Score(decimal? value) => value is { } v ? ScoreRounding.Publish(IndicatorScoring.Score(Indicator, v)) : null;

    /// <summary>Green, amber or red for a value; grey without one.</summary>
    public TrafficLight Light(decimal? value) =>
        Bands.Light(new ScoringFramework([], [Indicator], [], GreenThreshold, AmberThreshold), Score(value));
}
