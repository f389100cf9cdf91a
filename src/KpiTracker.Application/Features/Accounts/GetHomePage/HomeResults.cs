using KpiTracker.Application.Features.Scoring;

namespace KpiTracker.Application.Features.Accounts.GetHomePage;

/// <summary>
/// The results a reader's home leads to: every cycle with results (open or closed, newest first) and the scorecards the caller
/// may open, by governorate, in their order.
/// </summary>
public sealed record HomeResults(IReadOnlyList<ResultsCycle> Cycles, IReadOnlyList<NamedCode> Scorecards);

/// <summary>
/// A cycle with results: final once closed; <see cref="Shown"/> when its links are on the page (by default the newest open and
/// the newest closed cycle, else the one asked for); <see cref="Comparison"/> when the caller may read its comparison.
/// </summary>
public sealed record ResultsCycle(int Year, bool Final, bool Shown, bool Comparison);

/// <summary>Reads <see cref="HomeResults"/> for the caller; null for those who read no results (owners, administrators).</summary>
internal static class HomeResultsReader
{
    public static async Task<HomeResults?> ReadAsync(AppDbContext db, ICurrentUser user, AccessChecker access, int? year, CancellationToken cancellationToken)
    {
        var governorates = await ScoringNames.GovernoratesAsync(db, cancellationToken);
        var readable = await ScorecardLinks.ReadableAsync(access, governorates.Select(g => g.Code), cancellationToken);
        var comparison = await access.HasAsync(Permission.ComparisonRead, cancellationToken: cancellationToken);
        if (readable.Count == 0 && !comparison)
        {
            return null;
        }

        // An open cycle's comparison is for those who read every scorecard; the others see it once the cycle is closed.
        var seesOpen = await ScoringScope.SeesUnpublishedAsync(user, cancellationToken);
        var cycles = await db.Cycles.AsNoTracking().Where(c => c.Status != CycleStatus.Planned).OrderByDescending(c => c.Year)
            .Select(c => new { c.Year, Final = c.Status == CycleStatus.Closed }).ToListAsync(cancellationToken);
        var asked = cycles.Any(c => c.Year == year);
        var newestOpen = cycles.FirstOrDefault(c => !c.Final)?.Year;
        var newestClosed = cycles.FirstOrDefault(c => c.Final)?.Year;
        return new HomeResults(
            [.. cycles.Select(c => new ResultsCycle(
                c.Year,
                c.Final,
                asked ? c.Year == year : c.Year == newestOpen || c.Year == newestClosed,
                comparison && (c.Final || seesOpen)))],
            [.. governorates.Where(g => readable.Contains(g.Code))]);
    }
}
