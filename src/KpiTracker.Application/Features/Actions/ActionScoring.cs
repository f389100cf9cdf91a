using KpiTracker.Domain.Improvement;

namespace KpiTracker.Application.Features.Actions;

/// <summary>
/// An action opened in one cycle is measured by the run of the cycle its due date falls in (<see cref="LoopScore.IsDue"/>):
/// opening or dropping it changes that run's loop score and input hash. While that cycle is open its run is asked for again,
/// in the same save; a closed cycle's runs are final and move only by restatement, so they are left as they are.
/// </summary>
internal static class ActionScoring
{
    public static async Task RequestDueRunAsync(AppDbContext db, ImprovementAction action, CancellationToken cancellationToken)
    {
        if (action.DueDate.Year <= action.Year)
        {
            return;
        }

        var due = await db.Cycles.AsNoTracking()
            .Where(c => c.Year == action.DueDate.Year && c.Status == CycleStatus.Open)
            .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (due is { } cycleId)
        {
            action.ChangedDueCycleInputs(cycleId);
        }
    }
}
