namespace KpiTracker.Application.Features.Scoring;

/// <summary>
/// The owner's analysis and the governorate reviewer's recommendation on an indicator's value, as the scorecard shows them
/// beside the indicator (DOMAIN section 8); either may be null.
/// </summary>
public sealed record IndicatorAnalysisDto(string Code, string? Analysis, string? Recommendation);

/// <summary>The analyses and recommendations of a governorate's scored values (accepted, verified or locked) in a cycle.</summary>
internal static class ScorecardAnalyses
{
    public static async Task<IReadOnlyList<IndicatorAnalysisDto>> ReadAsync(AppDbContext db, Guid cycleId, string governorate, CancellationToken cancellationToken) =>
        [.. (await db.Submissions.AsNoTracking()
            .Where(s => s.CycleId == cycleId && s.OrgUnitCode == governorate
                        && (s.State == SubmissionState.Accepted || s.State == SubmissionState.Verified || s.State == SubmissionState.Locked))
            .SelectMany(s => s.Revisions.Where(r => r.Number == s.CurrentRevision && (r.Analysis != null || r.Recommendation != null))
                .Select(r => new IndicatorAnalysisDto(s.IndicatorCode, r.Analysis, r.Recommendation)))
            .ToListAsync(cancellationToken)).OrderBy(a => a.Code, StringComparer.Ordinal)];
}
