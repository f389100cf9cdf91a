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

        return await Missing(db, cycle.Id).CountAsync(m => m.Governorate == governorate, cancellationToken);
    }

    /// <summary>
    /// The same count for every governorate with a score run in the cycle (zero included), whether or not the cycle requires
    /// actions: the central team sees what switching the requirement on would ask.
    /// </summary>
    public static async Task<Dictionary<string, int>> MissingByGovernorateAsync(AppDbContext db, Cycle cycle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var scored = await db.ScoreRuns.Where(r => r.CycleId == cycle.Id && r.IsLatest).Select(r => r.OrgUnitCode).Distinct().ToListAsync(cancellationToken);
        var missing = await Missing(db, cycle.Id).GroupBy(m => m.Governorate).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return scored.ToDictionary(g => g, g => missing.GetValueOrDefault(g));
    }

    private static IQueryable<MissingAction> Missing(AppDbContext db, Guid cycleId) =>
        from r in db.ScoreRuns
        join i in db.ScoreRunIndicators on r.Id equals i.RunId
        where r.CycleId == cycleId && r.IsLatest && i.Light == TrafficLight.Red
            && !db.ImprovementActions.Any(a => a.CycleId == cycleId && a.OrgUnitCode == r.OrgUnitCode && a.IndicatorCode == i.Code && a.Status != ActionStatus.Dropped)
        select new MissingAction { Governorate = r.OrgUnitCode, Indicator = i.Code };

    private sealed class MissingAction
    {
        public required string Governorate { get; init; }
        public required string Indicator { get; init; }
    }
}
