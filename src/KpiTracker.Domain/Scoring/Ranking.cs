namespace KpiTracker.Domain.Scoring;

/// <summary>League table order (DOMAIN section 4).</summary>
public static class Ranking
{
    /// <summary>
    /// By rounded overall score, descending, standard competition ranking (1, 2, 2, 4); equal scores share a rank and are listed
    /// by code (ordinal). Units without a score have no rank and come last, by code. A code listed twice is a bug (ArgumentException).
    /// </summary>
    public static IReadOnlyList<(string OrgUnitCode, int? Rank)> Rank(IEnumerable<(string OrgUnitCode, decimal? PublishedOverall)> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var list = units.Select(u => (u.OrgUnitCode, Score: ScoreRounding.Publish(u.PublishedOverall))).ToList();
        if (list.Select(u => u.OrgUnitCode).Distinct(StringComparer.Ordinal).Count() != list.Count)
        {
            throw new ArgumentException("A unit appears twice in the ranking.", nameof(units));
        }

        var scored = list.Where(u => u.Score is not null)
            .OrderByDescending(u => u.Score)
            .ThenBy(u => u.OrgUnitCode, StringComparer.Ordinal)
            .ToList();
        var ranked = new List<(string OrgUnitCode, int? Rank)>(list.Count);
        for (var i = 0; i < scored.Count; i++)
        {
            var rank = i > 0 && scored[i].Score == scored[i - 1].Score ? ranked[i - 1].Rank : i + 1;
            ranked.Add((scored[i].OrgUnitCode, rank));
        }

        ranked.AddRange(list.Where(u => u.Score is null).Select(u => u.OrgUnitCode).Order(StringComparer.Ordinal).Select(code => (code, (int?)null)));
        return ranked;
    }
}
