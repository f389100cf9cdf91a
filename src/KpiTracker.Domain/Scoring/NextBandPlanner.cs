namespace KpiTracker.Domain.Scoring;

/// <summary>
/// The suggested plan for the next band (DOMAIN section 4 decides, through the engine): the fewest indicators, then the least
/// total change (the score points added, summed over the plan; see <see cref="SuggestedPlan.TotalChange"/>), whose values
/// together lift the published overall index to the next band. Each planned indicator is set to its target value except one,
/// lowered to the least demanding value that still reaches; the search is <see cref="PlanSearch"/>. With
/// the edition's entry rules every value is one the entry form accepts unchanged, and an indicator the platform computes
/// (GOV-02) is never planned. An N/A indicator is never planned. The final plan is scored by the engine and must reach.
/// </summary>
public static class NextBandPlanner
{
    public static SuggestedPlan Suggest(ScoringFramework fw, IReadOnlyList<IndicatorResult> results, ScoreKind kind, IReadOnlyDictionary<string, Indicator>? entry = null)
    {
        var inputs = ScoringEngine.Inputs(fw, results);
        var now = ScoringEngine.Aggregate(fw, inputs, kind);
        if (now.PublishedOverall is not { } overall)
        {
            return SuggestedPlan.None(null, SuggestedPlan.NoOverall);
        }

        if (WhatIf.NextBand(fw, overall) is not { } next)
        {
            return SuggestedPlan.None(null, SuggestedPlan.AlreadyTop);
        }

        var space = new PlanSpace(fw, inputs, kind, next.MinScore, entry);
        if (space.Candidates.Count == 0)
        {
            return SuggestedPlan.None(next.Code, SuggestedPlan.TargetsMet);
        }

        if (PlanSearch.Find(space) is not { } set)
        {
            return SuggestedPlan.None(next.Code, SuggestedPlan.NotReachable);
        }

        var planned = PlanLowering.Inputs(space, set);
        var reached = space.Score(planned);
        if (reached.PublishedOverall < next.MinScore)
        {
            // The lowered value is checked on the engine already; all at their targets is the set the search found reaching.
            planned = space.With(set);
            reached = space.Score(planned);
        }

        var steps = set.OrderBy(c => c.Index).Select(c => Step(fw, kind, inputs[c.Index], planned[c.Index], c.Index)).ToList();
        return new SuggestedPlan(next.Code, steps, reached.PublishedOverall, reached.Band, reached.InsufficientData, null);
    }

    private static PlanStep Step(ScoringFramework fw, ScoreKind kind, ScoringInput from, ScoringInput to, int index) =>
        new(fw.Indicators[index].Code, from.Value, to.Value!.Value, from.IsCounted(kind) ? from.Score : null, to.Score);
}
