namespace KpiTracker.Application.Data.Scoring;

/// <summary>Reads runs' criterion and indicator rows into <see cref="ScoreRun.Criteria"/> and <see cref="ScoreRun.Indicators"/> (not an EF relationship: see ScoreRunConfiguration).</summary>
internal static class ScoreRunRows
{
    /// <summary>Fills the rows of these runs, read by run id in two queries whatever the number of runs, and returns the runs.</summary>
    public static async Task<List<ScoreRun>> FillAsync(AppDbContext db, List<ScoreRun> runs, CancellationToken cancellationToken)
    {
        if (runs.Count == 0)
        {
            return runs;
        }

        var ids = runs.Select(r => r.Id).ToArray();
        var byId = runs.ToDictionary(r => r.Id);
        foreach (var criterion in await db.ScoreRunCriteria.AsNoTracking().Where(c => ids.Contains(c.RunId)).ToListAsync(cancellationToken))
        {
            byId[criterion.RunId].Criteria.Add(criterion);
        }

        foreach (var indicator in await db.ScoreRunIndicators.AsNoTracking().Where(i => ids.Contains(i.RunId)).ToListAsync(cancellationToken))
        {
            byId[indicator.RunId].Indicators.Add(indicator);
        }

        return runs;
    }
}
