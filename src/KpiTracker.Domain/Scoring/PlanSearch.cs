namespace KpiTracker.Domain.Scoring;

/// <summary>
/// Which indicators a plan raises. Exact for small plans: every set of up to <see cref="ExactSize"/> candidates is tried on the
/// engine (while a size has at most <see cref="ExactBudget"/> sets), so the first size with a set that reaches is the least,
/// and among its sets the one with the least estimated total change wins (ties: the larger gains, then framework order).
/// Beyond: greedy on the engine, each step adding the candidate that lifts the overall most, then dropping any member the
/// others reach without. Where the indicators' contributions add up (no criterion starts or stops being published) taking
/// the largest gains first gives the fewest indicators; the least total change is then only sought over which member is
/// lowered (<see cref="PlanLowering"/>), not over every set of that size.
/// </summary>
internal static class PlanSearch
{
    public const int ExactSize = 3;
    public const int ExactBudget = 6_000;

    public static IReadOnlyList<PlanCandidate>? Find(PlanSpace space)
    {
        var greedy = Greedy(space);
        var sizes = Math.Min(ExactSize, greedy?.Count ?? ExactSize);
        for (var k = 1; k <= sizes && Binomial(space.Candidates.Count, k) <= ExactBudget; k++)
        {
            if (Exact(space, k) is { } exact)
            {
                return exact;
            }
        }

        return greedy;
    }

    private static PlanCandidate[]? Exact(PlanSpace space, int size)
    {
        PlanCandidate[]? best = null;
        var bestChange = decimal.MaxValue;
        foreach (var set in Sets(space.Candidates, size))
        {
            if (space.Overall(set) is { } overall && ScoreRounding.Publish(overall) >= space.MinScore
                && PlanLowering.EstimatedChange(space, set, overall) is var change && change < bestChange)
            {
                (best, bestChange) = (set, change);
            }
        }

        return best;
    }

    private static List<PlanCandidate>? Greedy(PlanSpace space)
    {
        var chosen = new List<PlanCandidate>();
        var rest = space.Candidates.ToList();
        var now = space.Overall(chosen);
        while (ScoreRounding.Publish(now) is not { } published || published < space.MinScore)
        {
            (PlanCandidate Candidate, decimal? Overall)? best = null;
            foreach (var candidate in rest)
            {
                var overall = space.Overall([.. chosen, candidate]);
                if (overall > (best?.Overall ?? now ?? decimal.MinValue))
                {
                    best = (candidate, overall);
                }
            }

            if (best is not { } step)
            {
                // Nothing lifts the overall on its own any more (a criterion's publication is in the way): all at once, if that reaches.
                return space.Reaches(space.Candidates.ToList()) ? Dropped(space, [.. space.Candidates]) : null;
            }

            chosen.Add(step.Candidate);
            rest.Remove(step.Candidate);
            now = step.Overall;
        }

        return Dropped(space, chosen);
    }

    /// <summary>Drops, last added first, every member the others reach without.</summary>
    private static List<PlanCandidate> Dropped(PlanSpace space, List<PlanCandidate> set)
    {
        for (var i = set.Count - 1; i >= 0 && set.Count > 1; i--)
        {
            var without = set.Where((_, j) => j != i).ToList();
            if (space.Reaches(without))
            {
                set = without;
            }
        }

        return set;
    }

    private static IEnumerable<PlanCandidate[]> Sets(IReadOnlyList<PlanCandidate> candidates, int size)
    {
        if (size > candidates.Count)
        {
            yield break;
        }

        var picks = Enumerable.Range(0, size).ToArray();
        while (true)
        {
            yield return [.. picks.Select(p => candidates[p])];
            var i = size - 1;
            while (i >= 0 && picks[i] == candidates.Count - size + i)
            {
                i--;
            }

            if (i < 0)
            {
                yield break;
            }

            picks[i]++;
            for (var j = i + 1; j < size; j++)
            {
                picks[j] = picks[j - 1] + 1;
            }
        }
    }

    private static long Binomial(int n, int k)
    {
        long result = 1;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return k > n ? 0 : result;
    }
}
