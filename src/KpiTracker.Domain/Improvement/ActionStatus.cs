namespace KpiTracker.Domain.Improvement;

/// <summary>Where an improvement action stands: planned → in_progress → done, or dropped (with a reason) from either open state.</summary>
public enum ActionStatus
{
    Planned,
    InProgress,
    Done,
    Dropped,
}
