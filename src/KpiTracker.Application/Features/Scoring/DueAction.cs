using KpiTracker.Domain.Improvement;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>
/// An improvement action as scoring reads it: due in the cycle of <see cref="Year"/> (<see cref="LoopScore.IsDue"/>), with the
/// numbers its effect is measured from. Part of the run's inputs, so its lines are in the input hash.
/// </summary>
internal sealed record DueAction(int Year, string OrgUnitCode, int Number, string IndicatorCode, decimal Baseline, decimal Expected)
{
    /// <summary>The actions due in these cycles for these governorates, by (year, governorate), in one query.</summary>
    public static async Task<ILookup<(int Year, string OrgUnitCode), DueAction>> ReadAsync(AppDbContext db, Guid[] cycleIds, string[] codes, CancellationToken cancellationToken)
    {
        var years = await db.Cycles.AsNoTracking().Where(c => cycleIds.Contains(c.Id)).Select(c => c.Year).ToListAsync(cancellationToken);
        if (years.Count == 0)
        {
            return Array.Empty<DueAction>().ToLookup(a => (a.Year, a.OrgUnitCode));
        }

        var from = new DateOnly(years.Min(), 1, 1);
        var to = new DateOnly(years.Max(), 12, 31);
        var rows = await db.ImprovementActions.AsNoTracking()
            .Where(a => codes.Contains(a.OrgUnitCode) && a.DueDate >= from && a.DueDate <= to && a.Status != ActionStatus.Dropped)
            .Select(a => new { a.Year, a.Status, a.DueDate, a.OrgUnitCode, a.Number, a.IndicatorCode, a.Baseline, a.Expected })
            .ToListAsync(cancellationToken);
        return rows.Where(a => years.Contains(a.DueDate.Year) && LoopScore.IsDue(a.Year, a.Status, a.DueDate, a.DueDate.Year))
            .Select(a => new DueAction(a.DueDate.Year, a.OrgUnitCode, a.Number, a.IndicatorCode, a.Baseline, a.Expected))
            .OrderBy(a => a.Number)
            .ToLookup(a => (a.Year, a.OrgUnitCode));
    }
}
