namespace KpiTracker.Domain.Scoring;

/// <summary>
/// A plan's values: every member at its target, except one lowered to the least demanding enterable value with which the set
/// still reaches (found on the engine by <see cref="BandProbe"/> and <see cref="ScoreInversion"/>). The member lowered is the
/// one that saves the most score points.
/// </summary>
internal static class PlanLowering
{
    /// <summary>Published numbers round half away from zero: an overall reaches a band's minimum from half a decimal below it.</summary>
    private const decimal HalfStep = 0.05m;

    /// <summary>
    /// The set's total change with its best member lowered, estimated from each member's gain alone: a member adding g overall
    /// points over s score points can give back excess × s / g of them (at most s), where excess is what the set at its
    /// targets has beyond the minimum.
    /// </summary>
    public static decimal EstimatedChange(PlanSpace space, IReadOnlyList<PlanCandidate> set, decimal overall)
    {
        var excess = overall - (space.MinScore - HalfStep);
        return set.Sum(c => Span(space, c)) - set.Max(c => Saving(space, c, excess));
    }

    /// <summary>Each member's input in the plan: at its target, or, for the member worth lowering, the least demanding value that reaches.</summary>
    public static ScoringInput[] Inputs(PlanSpace space, IReadOnlyList<PlanCandidate> set)
    {
        var inputs = space.With(set);
        var overall = space.Score(inputs).Overall ?? 0m;
        var excess = overall - (space.MinScore - HalfStep);
        var member = set.MaxBy(c => Saving(space, c, excess))!;
        var probe = space.ProbeFor(set, member);
        if (probe.LeastScore(member.Index, member.TargetScore) is { } least
            && ScoreInversion.ValueOnGrid(probe, member.Indicator, member.Index, least, member.Entry) is { } value
            && IndicatorScoring.Score(member.Indicator, value) is var score && score < member.TargetScore)
        {
            inputs[member.Index] = new ScoringInput(IndicatorStatus.Value, value, score);
        }

        return inputs;
    }

    private static decimal Span(PlanSpace space, PlanCandidate c) => c.TargetScore - space.Input(c.Index).Score;

    private static decimal Saving(PlanSpace space, PlanCandidate c, decimal excess)
    {
        var span = Span(space, c);
        return c.Gain <= 0m || span <= 0m ? 0m : Math.Min(span, excess * span / c.Gain);
    }
}
