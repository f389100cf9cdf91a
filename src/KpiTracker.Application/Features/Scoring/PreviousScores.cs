using KpiTracker.Application.Data.Scoring;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>The scores of the governorate's latest run in the year before, used for Δ.</summary>
internal sealed record PreviousScores(decimal? Overall, IReadOnlyDictionary<string, decimal?> Criteria, IReadOnlyDictionary<string, decimal?> Indicators)
{
    /// <summary>A run's scores as the next year reads them back (stored at full precision, so the same numbers).</summary>
    public static PreviousScores Of(ScoreRun run) => new(
        run.Overall,
        run.Criteria.ToDictionary(c => c.Code, c => c.Score, StringComparer.Ordinal),
        run.Indicators.ToDictionary(i => i.Code, i => i.Score, StringComparer.Ordinal));

    /// <summary>
    /// The latest runs of these years for these governorates, by (year, governorate): the runs in one query, their criterion and
    /// indicator scores in another. Empty without a query when no year is asked for.
    /// </summary>
    public static async Task<Dictionary<(int Year, string OrgUnitCode), PreviousScores>> ReadAsync(AppDbContext db, int[] years, string[] codes, CancellationToken cancellationToken)
    {
        if (years.Length == 0 || codes.Length == 0)
        {
            return [];
        }

        var heads = await db.ScoreRuns.AsNoTracking().Where(r => r.IsLatest && years.Contains(r.Year) && codes.Contains(r.OrgUnitCode))
            .Select(r => new { r.Id, r.Year, r.OrgUnitCode, r.Overall }).ToListAsync(cancellationToken);
        if (heads.Count == 0)
        {
            return [];
        }

        // By the run ids (an array parameter), so PostgreSQL looks the rows up by primary key rather than joining every run's rows.
        var ids = heads.Select(h => h.Id).ToArray();
        var scores = await db.ScoreRunCriteria.AsNoTracking().Where(c => ids.Contains(c.RunId))
            .Select(c => new { c.RunId, IsCriterion = true, c.Code, c.Score })
            .Concat(db.ScoreRunIndicators.AsNoTracking().Where(i => ids.Contains(i.RunId)).Select(i => new { i.RunId, IsCriterion = false, i.Code, i.Score }))
            .ToListAsync(cancellationToken);
        var byRun = scores.ToLookup(s => s.RunId);
        var previous = new Dictionary<(int, string), PreviousScores>(heads.Count);
        foreach (var head in heads)
        {
            var criteria = new Dictionary<string, decimal?>(StringComparer.Ordinal);
            var indicators = new Dictionary<string, decimal?>(StringComparer.Ordinal);
            foreach (var row in byRun[head.Id])
            {
                (row.IsCriterion ? criteria : indicators).Add(row.Code, row.Score);
            }

            previous[(head.Year, head.OrgUnitCode)] = new PreviousScores(head.Overall, criteria, indicators);
        }

        return previous;
    }
}
