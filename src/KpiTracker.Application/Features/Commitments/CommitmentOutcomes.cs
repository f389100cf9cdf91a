using KpiTracker.Application.Features.Scoring;
using KpiTracker.Domain.Improvement;

namespace KpiTracker.Application.Features.Commitments;

/// <summary>
/// Whether each commitment a governorate locked for a cycle was met, judged against the values of its latest run of that cycle:
/// the numbers its scorecard, the scorecard's PDF and its narrative state, so every place says the same, and the same run always
/// says it. An indicator without a value in the run (N/A, not yet accepted, or no run yet) makes its commitment not measurable.
/// </summary>
internal static class CommitmentOutcomes
{
    /// <summary>The outcomes in the edition's order, judged on <paramref name="values"/>: the run's value of each indicator with one, by code.</summary>
    public static async Task<IReadOnlyList<CommitmentMetDto>> ReadAsync(
        AppDbContext db, EditionModel edition, int year, string governorate, IReadOnlyDictionary<string, decimal> values, CancellationToken cancellationToken)
    {
        var locked = await db.Commitments.AsNoTracking()
            .Where(c => c.Year == year && c.OrgUnitCode == governorate && c.Status == CommitmentStatus.Locked)
            .ToDictionaryAsync(c => c.IndicatorCode, c => c.Value, StringComparer.Ordinal, cancellationToken);
        if (locked.Count == 0)
        {
            return [];
        }

        return [.. edition.Criteria.SelectMany(c => edition.Indicators.Where(i => i.CriterionId == c.Id).OrderBy(i => i.Order))
            .Where(i => locked.ContainsKey(i.Code))
            .Select(i =>
            {
                decimal? value = values.TryGetValue(i.Code, out var v) ? v : null;
                return new CommitmentMetDto(i.Code, CommitmentScope.Name(i), locked[i.Code], value, Commitment.MetBy(Betterness.Of(i), locked[i.Code], value));
            })];
    }

    /// <summary>The values of a run's indicators that have one (status value).</summary>
    public static IReadOnlyDictionary<string, decimal> ValuesOf(IEnumerable<Data.Scoring.ScoreRunIndicator> indicators) =>
        indicators.Where(i => i.Status == Domain.Scoring.IndicatorStatus.Value && i.Value is not null)
            .ToDictionary(i => i.Code, i => i.Value!.Value, StringComparer.Ordinal);
}
