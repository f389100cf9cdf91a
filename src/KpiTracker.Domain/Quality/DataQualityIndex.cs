namespace KpiTracker.Domain.Quality;

/// <summary>
/// Data quality index per unit and cycle, shown beside the performance score (DOMAIN section 5): the mean of five components,
/// each 0–100 and each higher the better (docs/COLLECTION.md gives every formula). A component with an empty denominator
/// (nothing applicable, submitted or requiring evidence) is 100, so a unit is never marked down for what could not go wrong.
/// </summary>
public static class DataQualityIndex
{
    public static decimal Compute(decimal completeness, decimal timeliness, decimal firstPassAcceptance, decimal evidenceReviewed, decimal itemsWithoutOpenFlags)
    {
        decimal[] components = [completeness, timeliness, firstPassAcceptance, evidenceReviewed, itemsWithoutOpenFlags];
        foreach (var component in components)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(component, 0m);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(component, 100m);
        }

        return components.Sum() / components.Length;
    }

    public static decimal Compute(DataQualityCounts counts) => Components(counts).Index;

    public static DataQualityComponents Components(DataQualityCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return new DataQualityComponents(
            Completeness(counts.Timing),
            Timeliness(counts.Timing),
            FirstPassAcceptance(counts.Returns, counts.Submissions),
            EvidenceReviewed(counts.EvidenceOpened, counts.EvidenceRequired),
            ItemsWithoutOpenFlags(counts.OpenFlagItems, counts.Timing.Applicable));
    }

    /// <summary>100 × items first submitted before expiry / applicable items: GOV-02's completeness.</summary>
    public static decimal Completeness(SubmissionTiming timing) => Percent(timing.ByExpiry, timing.Applicable);

    /// <summary>100 × items first submitted before the submission deadline / applicable items: GOV-02's timeliness.</summary>
    public static decimal Timeliness(SubmissionTiming timing) => Percent(timing.ByDeadline, timing.Applicable);

    /// <summary>100 × (1 − returns / submissions); a return always answers a submission, so returns ≤ submissions.</summary>
    public static decimal FirstPassAcceptance(int returns, int submissions) => 100m - Percent(returns, submissions, whenEmpty: 0m);

    /// <summary>100 × accepted values requiring evidence whose evidence a reviewer opened / accepted values requiring evidence.</summary>
    public static decimal EvidenceReviewed(int opened, int required) => Percent(opened, required);

    /// <summary>
    /// 100 × (applicable items − items with an open flag) / applicable items: every item with an open flag takes 100 / applicable
    /// off, so one open flag scores higher than ten.
    /// </summary>
    public static decimal ItemsWithoutOpenFlags(int openFlagItems, int applicable) => 100m - Percent(openFlagItems, applicable, whenEmpty: 0m);

    private static decimal Percent(int part, int whole, decimal whenEmpty = 100m)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(part);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(part, whole);
        return whole == 0 ? whenEmpty : 100m * part / whole;
    }
}
