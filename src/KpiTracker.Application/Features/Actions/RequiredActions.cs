using KpiTracker.Domain.Improvement;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Application.Features.Actions;

/// <summary>
/// When the central team requires an action for every red indicator of a cycle: the red indicators of the governorate's latest
/// run in that cycle that have no action opened on them in that cycle (a dropped one does not count). Null when not required.
/// </summary>
internal static class RequiredActions
{
    public static async Task<int?> MissingAsync(AppDbContext db, Cycle cycle, string governorate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        if (!cycle.RequireActionsForRed)
        {
            return null;
        }

        var red = db.ScoreRuns.Where(r => r.CycleId == cycle.Id && r.OrgUnitCode == governorate && r.IsLatest)
            .SelectMany(r => db.ScoreRunIndicators.Where(i => i.RunId == r.Id && i.Light == TrafficLight.Red).Select(i => i.Code));
        return await red.CountAsync(code => !db.ImprovementActions.Any(a =>
            a.CycleId == cycle.Id && a.OrgUnitCode == governorate && a.IndicatorCode == code && a.Status != ActionStatus.Dropped), cancellationToken);
    }
}
