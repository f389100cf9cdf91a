namespace KpiTracker.Domain.Scoring;

/// <summary>One criterion's counts and weighted mean over the indicators that count in this kind of score.</summary>
internal sealed record CriterionTally(ScoringCriterion Criterion, int ApplicableCount, int ValueCount, decimal CountedWeight, decimal? Score)
{
    public bool Published => Score is not null;

    public static CriterionTally Of(ScoringFramework fw, IReadOnlyList<ScoringInput> inputs, ScoreKind kind, ScoringCriterion criterion)
    {
        int applicable = 0, values = 0;
        decimal weight = 0m, weighted = 0m;
        for (var i = 0; i < fw.Indicators.Count; i++)
        {
            var indicator = fw.Indicators[i];
            var input = inputs[i];
            if (!string.Equals(indicator.CriterionCode, criterion.Code, StringComparison.Ordinal) || input.Status == IndicatorStatus.NotApplicable)
            {
                continue;
            }

            applicable++;
            values += input.Status == IndicatorStatus.Value ? 1 : 0;
            if (input.IsCounted(kind))
            {
                weight += indicator.Weight;
                weighted += indicator.Weight * input.Score;
            }
        }

        // Too few applicable indicators, or (provisionally) nothing accepted yet: the criterion stays unpublished.
        var publishable = applicable >= ScoringEngine.MinApplicablePerCriterion && weight > 0;
        return new CriterionTally(criterion, applicable, values, weight, publishable ? weighted / weight : null);
    }

    public CriterionScore ToScore(ScoringFramework fw, decimal? share)
    {
        var published = ScoreRounding.Publish(Score);
        return new CriterionScore(Criterion.Code, Score, published, Bands.For(fw.Bands, published), ApplicableCount, ValueCount, Published, share);
    }
}
