namespace KpiTracker.Domain.Quality;

/// <summary>
/// Data quality index per unit and cycle, shown beside the performance score (DOMAIN section 5): the mean of five components,
/// each 0–100. Every component is a share of something that could go wrong; when nothing could (nothing applicable, submitted,
/// requiring evidence or flagged) the component is 100, so a unit is never marked down for an empty denominator.
/// </summary>
public static class DataQualityIndex
{
    public static decimal Compute(decimal completeness, decimal timeliness, decimal firstPassAcceptance, decimal evidenceCoverage, decimal openFlagsScore)
    {
        decimal[] components = [completeness, timeliness, firstPassAcceptance, evidenceCoverage, openFlagsScore];
        foreach (var component in components)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(component, 0m);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(component, 100m);
        }

        return components.Sum() / components.Length;
    }

    public static decimal Compute(DataQualityCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return Compute(
            Completeness(counts.Submitted, counts.Applicable),
            Timeliness(counts.OnTime, counts.Applicable),
            FirstPassAcceptance(counts.Returns, counts.Submissions),
            EvidenceCoverage(counts.WithEvidence, counts.RequiringEvidence),
            OpenFlagsScore(counts.OpenFlags, counts.FlaggedItems));
    }

    /// <summary>100 × submitted / applicable indicators.</summary>
    public static decimal Completeness(int submitted, int applicable) => Percent(submitted, applicable);

    /// <summary>100 × submitted on time / applicable indicators.</summary>
    public static decimal Timeliness(int onTime, int applicable) => Percent(onTime, applicable);

    /// <summary>100 × (1 − returns / submissions); a return always answers a submission, so returns ≤ submissions.</summary>
    public static decimal FirstPassAcceptance(int returns, int submissions) => 100m - Percent(returns, submissions, whenEmpty: 0m);

    /// <summary>100 × items with evidence / items requiring evidence.</summary>
    public static decimal EvidenceCoverage(int withEvidence, int requiringEvidence) => Percent(withEvidence, requiringEvidence);

    /// <summary>100 × (1 − items with an open flag / items ever flagged).</summary>
    public static decimal OpenFlagsScore(int openFlags, int flaggedItems) => 100m - Percent(openFlags, flaggedItems, whenEmpty: 0m);

    private static decimal Percent(int part, int whole, decimal whenEmpty = 100m)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(part);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(part, whole);
        return whole == 0 ? whenEmpty : 100m * part / whole;
    }
}
