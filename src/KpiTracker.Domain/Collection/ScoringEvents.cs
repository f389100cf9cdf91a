namespace KpiTracker.Domain.Collection;

/// <summary>
/// A governorate's scoring inputs in a cycle changed: an item's state (submit, accept, verify, return, N/A granted, reopen,
/// restatement, close), a target override, an outlier flag raised or resolved, a reviewer's first opening of evidence.
/// Its score run must be computed again.
/// </summary>
public sealed record ScoringInputsChanged(Guid CycleId, string OrgUnitCode) : IDomainEvent;

/// <summary>A value was submitted in the cycle: its values are scanned for outliers (a burst of submissions, one scan).</summary>
public sealed record OutlierScanRequested(Guid CycleId) : IDomainEvent;
