namespace KpiTracker.Application.Features.Scoring;

/// <summary>A governorate's own lower bound and target for an indicator in a cycle.</summary>
internal sealed record TargetOverride(Guid CycleId, string OrgUnitCode, string IndicatorCode, decimal Lower, decimal Target)
{
    /// <summary>The target overrides of these cycles and governorates, in one query.</summary>
    public static Task<List<TargetOverride>> ReadAsync(AppDbContext db, Guid[] cycleIds, string[] codes, CancellationToken cancellationToken) =>
        db.CycleTargetOverrides.AsNoTracking()
            .Where(o => cycleIds.Contains(o.CycleId) && codes.Contains(o.OrgUnitCode))
            .Select(o => new TargetOverride(o.CycleId, o.OrgUnitCode, o.IndicatorCode, o.Lower, o.Target))
            .ToListAsync(cancellationToken);
}
