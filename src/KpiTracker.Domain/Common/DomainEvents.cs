namespace KpiTracker.Domain.Common;

/// <summary>Something that happened in the domain and that another part of the system acts on after it commits.</summary>
public interface IDomainEvent;

/// <summary>
/// An entity that records what happened to it. The events stay with the entity until the save that writes it takes them
/// (<see cref="TakeEvents"/>), so they are stored in the same transaction as the change they describe. A method, not a
/// property: the persistence model must not see them.
/// </summary>
public abstract class EventSource
{
    private readonly List<IDomainEvent> _raised = [];

    /// <summary>The events raised since the last call, which are forgotten here.</summary>
    public IReadOnlyList<IDomainEvent> TakeEvents()
    {
        if (_raised.Count == 0)
        {
            return [];
        }

        var taken = _raised.ToList();
        _raised.Clear();
        return taken;
    }

    protected void Raise(IDomainEvent domainEvent) => _raised.Add(domainEvent);
}
