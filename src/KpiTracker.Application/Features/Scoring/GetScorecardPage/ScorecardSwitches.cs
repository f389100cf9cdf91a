namespace KpiTracker.Application.Features.Scoring.GetScorecardPage;

/// <summary>The scorecard page's year and governorate switchers, limited on the server to what the caller may read.</summary>
internal static class ScorecardSwitches
{
    /// <summary>The years with a run of the governorate, and the year asked for (so the switcher always holds it), newest first.</summary>
    public static async Task<List<int>> YearsAsync(AppDbContext db, int year, string governorate, CancellationToken cancellationToken)
    {
        var scored = await db.ScoreRuns.AsNoTracking().Where(r => r.OrgUnitCode == governorate && r.IsLatest)
            .Select(r => r.Year).Distinct().ToListAsync(cancellationToken);
        return [.. scored.Append(year).Distinct().OrderDescending()];
    }

    /// <summary>The governorates whose scorecard the caller may read (a reviewer's own, everyone's for the central team and viewers).</summary>
    public static async Task<List<NamedCode>> ReadableAsync(IReadOnlyList<NamedCode> governorates, AccessChecker access, CancellationToken cancellationToken)
    {
        var readable = (await ScorecardLinks.ReadableAsync(access, governorates.Select(g => g.Code), cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return [.. governorates.Where(g => readable.Contains(g.Code))];
    }
}
