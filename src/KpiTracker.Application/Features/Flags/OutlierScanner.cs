using KpiTracker.Domain.Quality;

namespace KpiTracker.Application.Features.Flags;

/// <summary>
/// One cycle's outlier scan, in the caller's transaction: the scan command (and the jobs that send it) and the demo seeding,
/// which scans the cycles it writes. What it scans and why is on <see cref="ScanOutliers.ScanOutliersCommand"/>.
/// </summary>
internal static class OutlierScanner
{
    private const int ScanLock = 734500200;

    public static async Task<Result<ScanResultDto>> ScanAsync(AppDbContext db, TimeProvider clock, int year, CancellationToken cancellationToken)
    {
        // Held to the end of the command's transaction: concurrent scans of one cycle take turns.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ScanLock}, {year})", cancellationToken);
        var cycle = await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Year == year, cancellationToken);
        if (cycle is null)
        {
            return Result<ScanResultDto>.Failure(AppError.NotFound("cycle.not_found"));
        }

        var scanned = await db.Submissions.AsNoTracking()
            .Where(s => s.CycleId == cycle.Id
                        && (s.State == SubmissionState.Submitted || s.State == SubmissionState.Accepted || s.State == SubmissionState.Verified || s.State == SubmissionState.Locked))
            .Select(s => new { Item = s, Value = s.Revisions.Where(r => r.Number == s.CurrentRevision).Select(r => r.Value).First() })
            .Where(x => x.Value != null)
            .ToListAsync(cancellationToken);
        var history = (await db.Submissions.AsNoTracking()
                .Where(s => s.Year < cycle.Year && s.State == SubmissionState.Locked)
                .Select(s => new { s.Year, s.OrgUnitCode, s.IndicatorCode, Value = s.Revisions.Where(r => r.Number == s.CurrentRevision).Select(r => r.Value).First() })
                .Where(x => x.Value != null)
                .ToListAsync(cancellationToken))
            .GroupBy(x => (x.OrgUnitCode, x.IndicatorCode))
            .ToDictionary(g => g.Key, g => g.OrderBy(x => x.Year).Select(x => x.Value!.Value).ToList());
        var raised = (await db.SubmissionFlags.AsNoTracking()
                .Where(f => f.CycleId == cycle.Id && f.Status != FlagStatus.Returned)
                .Select(f => new { f.SubmissionId, f.Method, f.Value })
                .ToListAsync(cancellationToken))
            .Select(f => (f.SubmissionId, f.Method, f.Value))
            .ToHashSet();

        var now = clock.GetUtcNow();
        var found = new List<SubmissionFlag>();
        foreach (var indicator in scanned.GroupBy(x => x.Item.IndicatorCode))
        {
            var byUnit = indicator.ToDictionary(x => x.Item.OrgUnitCode);
            foreach (var flag in OutlierScan.AcrossGovernorates([.. indicator.Select(x => (x.Item.OrgUnitCode, x.Value!.Value))]))
            {
                found.Add(SubmissionFlag.Across(byUnit[flag.OrgUnitCode].Item, flag, now));
            }
        }

        foreach (var x in scanned)
        {
            if (history.TryGetValue((x.Item.OrgUnitCode, x.Item.IndicatorCode), out var previous)
                && OutlierScan.WithinHistory(previous, x.Value!.Value) is { } outlier)
            {
                found.Add(SubmissionFlag.History(x.Item, outlier, now));
            }
        }

        var added = found.Where(f => raised.Add((f.SubmissionId, f.Method, f.Value))).ToList();
        db.SubmissionFlags.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        var open = await db.SubmissionFlags.CountAsync(f => f.CycleId == cycle.Id && f.Status == FlagStatus.Open, cancellationToken);
        return new ScanResultDto(cycle.Year, scanned.Count, added.Count, open);
    }
}
