namespace KpiTracker.Reports.Narrative;

/// <summary>What a sentence is about, in the order the narrative tells it.</summary>
public enum NarrativeTopic
{
    Overall,
    CriteriaExtremes,
    CriteriaImproved,
    CriteriaFell,
    IndicatorGains,
    IndicatorFalls,
    Commitments,
    Actions,
    Plan,
    Coverage,
    Quality,
}

/// <summary>What a reference points at.</summary>
public enum NarrativeTarget
{
    Overall,
    Band,
    Cycle,
    Criterion,
    Indicator,
    Plan,
    Coverage,
    Quality,
    Commitment,
    Action,
}

/// <summary>
/// One number or name a sentence states, traceable to the run: what it is (<see cref="Kind"/>), the code it belongs to (a
/// criterion or indicator code, a band or quality component code, a year), and the published value stated (null for a name).
/// </summary>
public sealed record NarrativeReference(NarrativeTarget Kind, string Code, decimal? Value);

/// <summary>One sentence of the narrative, the run it was written from (id and input hash) and what it states.</summary>
public sealed record NarrativeSentence(NarrativeTopic Topic, string Text, Guid RunId, string InputHash, IReadOnlyList<NarrativeReference> References);
