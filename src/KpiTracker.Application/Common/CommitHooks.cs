namespace KpiTracker.Application.Common;

/// <summary>
/// Work outside the database that must follow the command's transaction: a stored file removed once the row naming it is
/// gone for good (after commit), or one written for a change that did not happen (after rollback, also of an attempt the
/// execution strategy runs again). <see cref="TransactionBehaviour{TMessage,TResponse}"/> runs them; scoped to the command.
/// </summary>
public sealed class CommitHooks
{
    private readonly List<Action> _committed = [];
    private readonly List<Action> _rolledBack = [];

    public void AfterCommit(Action action) => _committed.Add(action);

    public void AfterRollback(Action action) => _rolledBack.Add(action);

    internal void Committed() => Run(_committed);

    internal void RolledBack() => Run(_rolledBack);

    private void Run(List<Action> actions)
    {
        var due = actions.ToList();
        _committed.Clear();
        _rolledBack.Clear();
        due.ForEach(action => action());
    }
}
