namespace KpiTracker.Application.Features.Scoring;

/// <summary>
/// Which governorates' scorecards the caller may open, so a page links a governorate's name to its scorecard only where the
/// scorecard would be shown: the central team, viewers and auditors read every one, a governorate's own roles theirs.
/// </summary>
internal static class ScorecardLinks
{
    /// <summary>Those of <paramref name="governorates"/> whose scorecard the caller may read, in the order given.</summary>
    public static async Task<IReadOnlyList<string>> ReadableAsync(AccessChecker access, IEnumerable<string> governorates, CancellationToken cancellationToken)
    {
        var readable = new List<string>();
        foreach (var code in governorates)
        {
            if (await access.HasAsync(Permission.ScorecardRead, code, cancellationToken: cancellationToken))
            {
                readable.Add(code);
            }
        }

        return readable;
    }
}
