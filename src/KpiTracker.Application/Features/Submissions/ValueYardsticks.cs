namespace KpiTracker.Application.Features.Submissions;

/// <summary>
/// An item's <see cref="ValueYardstick"/>: the edition's light thresholds and the indicator's L and T, with the governorate's
/// override for the cycle where the central team set one (counts) — what the scorer would use for the value.
/// </summary>
internal static class ValueYardsticks
{
    public static async Task<ValueYardstick> ForAsync(AppDbContext db, Cycle cycle, string governorate, Indicator indicator, CancellationToken cancellationToken)
    {
        var lights = await db.FrameworkEditions.AsNoTracking().Where(e => e.Id == cycle.EditionId)
            .Select(e => new { e.GreenThreshold, e.AmberThreshold }).SingleAsync(cancellationToken);
        var targets = await db.CycleTargetOverrides.AsNoTracking()
            .Where(o => o.CycleId == cycle.Id && o.OrgUnitCode == governorate && o.IndicatorCode == indicator.Code)
            .Select(o => new { o.Lower, o.Target }).FirstOrDefaultAsync(cancellationToken);
        return ValueYardstick.For(indicator, lights.GreenThreshold, lights.AmberThreshold, targets?.Lower, targets?.Target);
    }
}
