using KpiTracker.Application.Data.Scoring;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>Reads of the latest runs that the scorecard and comparison share.</summary>
internal static class ScorecardReads
{
    public static async Task<List<ScoreRun>> LatestRunsAsync(AppDbContext db, int year, string? orgUnitCode, CancellationToken cancellationToken) =>
        await ScoreRunRows.FillAsync(
            db,
            await db.ScoreRuns.AsNoTracking().Where(r => r.Year == year && r.IsLatest && (orgUnitCode == null || r.OrgUnitCode == orgUnitCode)).ToListAsync(cancellationToken),
            cancellationToken);

    /// <summary>Ranks by each governorate's latest published overall (DOMAIN section 4); governorates without a run have no rank.</summary>
    public static async Task<Dictionary<string, int?>> RanksAsync(AppDbContext db, int year, IReadOnlyList<string> governorates, CancellationToken cancellationToken)
    {
        var overall = await db.ScoreRuns.AsNoTracking().Where(r => r.Year == year && r.IsLatest)
            .Select(r => new { r.OrgUnitCode, r.PublishedOverall })
            .ToDictionaryAsync(r => r.OrgUnitCode, r => r.PublishedOverall, cancellationToken);
        return Ranking.Rank(governorates.Select(g => (g, overall.GetValueOrDefault(g))))
            .ToDictionary(r => r.OrgUnitCode, r => r.Rank, StringComparer.Ordinal);
    }

    /// <summary>Open outlier flags (their methods) by governorate and indicator.</summary>
    public static async Task<ILookup<(string OrgUnitCode, string IndicatorCode), string>> OpenFlagsAsync(AppDbContext db, Guid cycleId, string? orgUnitCode, CancellationToken cancellationToken)
    {
        var flags = await db.SubmissionFlags.AsNoTracking()
            .Where(f => f.CycleId == cycleId && f.Status == FlagStatus.Open && (orgUnitCode == null || f.OrgUnitCode == orgUnitCode))
            .Select(f => new { f.OrgUnitCode, f.IndicatorCode, f.Method })
            .ToListAsync(cancellationToken);
        return flags.Distinct().ToLookup(f => (f.OrgUnitCode, f.IndicatorCode), f => f.Method);
    }

    public static RunDto Run(ScoreRun run) => new(run.Id, run.Kind.ToCode(), run.EditionCode, run.EngineVersion, run.ComputedAt, run.Trigger, run.InputHash);

    public static decimal? P(decimal? x) => ScoreRounding.Publish(x);
}
