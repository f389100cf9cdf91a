namespace KpiTracker.Domain.Scoring;

/// <summary>
/// Scores one unit's cycle (DOMAIN section 4): a pure function of the framework, the indicator results and the kind of score.
/// Framework indicators without a result are missing; a result for an indicator the framework lacks is a bug (ArgumentException).
/// </summary>
public static class ScoringEngine
{
    public const int MinApplicablePerCriterion = 3;

    public static GovernorateScore Score(ScoringFramework fw, IReadOnlyList<IndicatorResult> results, ScoreKind kind) =>
        Aggregate(fw, Inputs(fw, results), kind);

    internal static ScoringInput[] Inputs(ScoringFramework fw, IReadOnlyList<IndicatorResult> results)
    {
        FrameworkCheck.Ensure(fw);
        var byCode = FrameworkCheck.Index(fw, results);
        return [.. fw.Indicators.Select(i => ScoringInput.From(i, byCode.GetValueOrDefault(i.Code)))];
    }

    internal static GovernorateScore Aggregate(ScoringFramework fw, IReadOnlyList<ScoringInput> inputs, ScoreKind kind)
    {
        var criteria = fw.Criteria.OrderBy(c => c.Order).ThenBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => CriterionTally.Of(fw, inputs, kind, c))
            .ToList();

        var publishedWeight = criteria.Where(c => c.Published).Sum(c => c.Criterion.Weight);
        decimal? overall = publishedWeight == 0 ? null : criteria.Where(c => c.Published).Sum(c => c.Criterion.Weight * c.Score!.Value) / publishedWeight;
        decimal? ShareOf(CriterionTally c) => c.Published ? c.Criterion.Weight / publishedWeight : null;

        var shares = criteria.ToDictionary(c => c.Criterion.Code, ShareOf, StringComparer.Ordinal);
        var tallies = criteria.ToDictionary(c => c.Criterion.Code, StringComparer.Ordinal);
        var indicators = fw.Indicators.Select((indicator, i) => Indicator(fw, kind, indicator, inputs[i], tallies[indicator.CriterionCode], shares[indicator.CriterionCode])).ToList();

        var applicable = criteria.Sum(c => c.ApplicableCount);
        var values = criteria.Sum(c => c.ValueCount);
        var published = ScoreRounding.Publish(overall);
        return new GovernorateScore(
            kind,
            indicators,
            [.. criteria.Select(c => c.ToScore(fw, ShareOf(c)))],
            overall,
            published,
            Bands.For(fw.Bands, published),
            applicable == 0 ? null : (decimal)values / applicable,
            applicable == 0 || values * 3 < applicable * 2,
            values,
            applicable);
    }

    private static IndicatorScore Indicator(ScoringFramework fw, ScoreKind kind, ScoringIndicator indicator, ScoringInput input, CriterionTally tally, decimal? share)
    {
        var counted = input.IsCounted(kind);
        decimal? score = counted ? input.Score : null;
        decimal? toCriterion = counted && tally.Published ? indicator.Weight / tally.CountedWeight * input.Score : null;
        var published = ScoreRounding.Publish(score);
        return new IndicatorScore(
            indicator.Code,
            indicator.CriterionCode,
            input.Status,
            input.Value,
            score,
            published,
            input.Value is { } value ? IndicatorScoring.Achievement(indicator, value) : null,
            input.Status == IndicatorStatus.Value ? Bands.Light(fw, published) : TrafficLight.Grey,
            counted,
            toCriterion,
            toCriterion * share);
    }
}
