namespace KpiTracker.Application.Features.Cycles;

/// <summary>The cycle the work pages are about when none is named: the newest open one.</summary>
internal static class CurrentCycle
{
    public static async Task<(Cycle Cycle, CycleSummaryDto Summary)?> ReadAsync(AppDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await db.Cycles.AsNoTracking()
            .Where(c => c.Status == CycleStatus.Open)
            .OrderByDescending(c => c.Year)
            .Select(c => new { Cycle = c, Edition = db.FrameworkEditions.Where(e => e.Id == c.EditionId).Select(e => e.Code).First() })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.Cycle, CycleMapper.ToSummary(row.Cycle, row.Edition, now));
    }

    /// <summary>Whole days from today in Muscat to the given Muscat date (negative once it has passed).</summary>
    public static int DaysLeft(DateOnly deadline, DateTimeOffset now) => deadline.DayNumber - MuscatTime.DateOf(now).DayNumber;
}
