namespace KpiTracker.Domain.Scoring;

/// <summary>
/// One governorate's inputs, the band minimum a plan must reach, and the indicators a plan may raise (most gain first, then
/// framework order). A set of candidates "reaches" when the published overall index with each of them at its target is at
/// least the minimum. The search asks <see cref="Overall"/>, DOMAIN section 4's arithmetic updated from the criteria's tallies
/// for just the changed indicators (thousands of sets per page view); the plan it settles on is scored by the engine itself.
/// </summary>
internal sealed class PlanSpace
{
    private readonly ScoringFramework _fw;
    private readonly ScoreKind _kind;
    private readonly ScoringInput[] _inputs;
    private readonly int[] _criterionOf;
    private readonly ScoringCriterion[] _criteria;
    private readonly (int Applicable, decimal Weight, decimal Weighted)[] _tallies;

    public PlanSpace(ScoringFramework fw, ScoringInput[] inputs, ScoreKind kind, decimal minScore, IReadOnlyDictionary<string, Indicator>? entry)
    {
        (_fw, _inputs, _kind, MinScore) = (fw, inputs, kind, minScore);
        _criteria = [.. fw.Criteria.OrderBy(c => c.Order).ThenBy(c => c.Code, StringComparer.Ordinal)];
        var position = _criteria.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        _criterionOf = [.. fw.Indicators.Select(i => position[i.CriterionCode])];
        _tallies = new (int, decimal, decimal)[_criteria.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            var (k, input, w) = (_criterionOf[i], inputs[i], fw.Indicators[i].Weight);
            var (applicable, weight, weighted) = _tallies[k];
            _tallies[k] = input.Status == IndicatorStatus.NotApplicable ? (applicable, weight, weighted)
                : input.IsCounted(kind) ? (applicable + 1, weight + w, weighted + (w * input.Score))
                : (applicable + 1, weight, weighted);
        }

        var now = Overall([]) ?? 0m;
        Candidates = [.. Enumerable.Range(0, inputs.Length)
            .Select(i => PlanCandidate.Of(fw, inputs, kind, i, entry?.GetValueOrDefault(fw.Indicators[i].Code)))
            .OfType<PlanCandidate>()
            .Select(c => c with { Gain = (Overall([c]) ?? 0m) - now })
            .OrderByDescending(c => c.Gain)
            .ThenBy(c => c.Index)];
    }

    public decimal MinScore { get; }

    public IReadOnlyList<PlanCandidate> Candidates { get; }

    public ScoringInput Input(int index) => _inputs[index];

    public bool Reaches(IReadOnlyCollection<PlanCandidate> set) => ScoreRounding.Publish(Overall(set)) >= MinScore;

    /// <summary>
    /// The full-precision overall index with the set at its targets: each changed criterion's weighted sum (and, for an indicator
    /// that did not count, its weight) moves by the change, the applicable counts stay, and the overall is the weighted mean of
    /// the criteria with at least three applicable indicators and some counted weight.
    /// </summary>
    public decimal? Overall(IReadOnlyCollection<PlanCandidate> set)
    {
        var weight = new decimal[_tallies.Length];
        var weighted = new decimal[_tallies.Length];
        foreach (var c in set)
        {
            var (k, input, w) = (_criterionOf[c.Index], _inputs[c.Index], c.Indicator.Weight);
            weighted[k] += w * (c.TargetScore - (input.IsCounted(_kind) ? input.Score : 0m));
            weight[k] += input.IsCounted(_kind) ? 0m : w;
        }

        decimal sum = 0m, published = 0m;
        for (var k = 0; k < _tallies.Length; k++)
        {
            var (applicable, baseWeight, baseWeighted) = _tallies[k];
            var counted = baseWeight + weight[k];
            if (applicable >= ScoringEngine.MinApplicablePerCriterion && counted > 0m)
            {
                sum += _criteria[k].Weight * ((baseWeighted + weighted[k]) / counted);
                published += _criteria[k].Weight;
            }
        }

        return published == 0m ? null : sum / published;
    }

    public GovernorateScore Score(ScoringInput[] inputs) => ScoringEngine.Aggregate(_fw, inputs, _kind);

    /// <summary>The inputs with the set at its targets.</summary>
    public ScoringInput[] With(IReadOnlyCollection<PlanCandidate> set)
    {
        var trial = (ScoringInput[])_inputs.Clone();
        foreach (var c in set)
        {
            trial[c.Index] = c.AtTarget;
        }

        return trial;
    }

    /// <summary>The probe for lowering one member of the set: the others at their targets, that member as it is today.</summary>
    public BandProbe ProbeFor(IReadOnlyCollection<PlanCandidate> set, PlanCandidate member) =>
        new(_fw, With([.. set.Where(c => c != member)]), _kind, MinScore);
}
