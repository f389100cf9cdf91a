namespace KpiTracker.Application.Features.Scoring;

/// <summary>
/// What the events of one save ask for (score runs per (cycle, governorate), outlier scans per cycle), taken from the tracked
/// entities and written as upserts of their outbox rows (<c>score_requests</c>, <c>scan_requests</c>) by <see cref="ScoringOutbox"/>.
/// </summary>
internal sealed record ScoringChanges(IReadOnlyList<(Guid CycleId, string OrgUnitCode)> Units, IReadOnlyList<Guid> ScanCycles)
{
    public bool IsEmpty => Units.Count == 0 && ScanCycles.Count == 0;

    public ScoringChanges With(ScoringChanges other) => new([.. Units.Union(other.Units)], [.. ScanCycles.Union(other.ScanCycles)]);

    /// <summary>The events of every tracked entity, taken from them so a second save does not store them again.</summary>
    public static ScoringChanges Take(DbContext context)
    {
        var units = new HashSet<(Guid, string)>();
        var scans = new HashSet<Guid>();
        foreach (var entry in context.ChangeTracker.Entries<EventSource>())
        {
            foreach (var raised in entry.Entity.TakeEvents())
            {
                switch (raised)
                {
                    case ScoringInputsChanged e:
                        units.Add((e.CycleId, e.OrgUnitCode));
                        break;
                    case OutlierScanRequested e:
                        scans.Add(e.CycleId);
                        break;
                }
            }
        }

        return new ScoringChanges([.. units], [.. scans]);
    }

    public async Task WriteAsync(DbContext context, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var cycleId in ScanCycles)
        {
            await context.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO scan_requests (cycle_id, version, requested_at) VALUES ({cycleId}, 1, {now})
                ON CONFLICT (cycle_id) DO UPDATE SET version = scan_requests.version + 1, requested_at = excluded.requested_at
                """,
                cancellationToken);
        }

        if (Units.Count > 0)
        {
            await ScoreRequestRows.RequestAsync(context, Units, now, cancellationToken);
        }
    }
}
