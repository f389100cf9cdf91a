namespace KpiTracker.Domain.Collection;

/// <summary>The outcome of checking an entry: the values when well formed, refusals (hard rules) and warnings (soft rules).</summary>
public sealed record ValueCheck(EntryValues Values, IReadOnlyList<RuleViolation> Errors, IReadOnlyList<RuleViolation> Warnings)
{
    public bool IsValid => Errors.Count == 0;
}
