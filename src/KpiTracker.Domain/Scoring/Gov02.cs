namespace KpiTracker.Domain.Scoring;

/// <summary>GOV-02 is computed at the cycle's expiry, not entered (DOMAIN section 4).</summary>
public static class Gov02
{
    public const string Code = "GOV-02";

    /// <summary>
    /// 100 × (completeness + timeliness) / 2 over the unit's applicable indicators other than GOV-02, where completeness =
    /// submitted by expiry / applicable and timeliness = submitted by the deadline / applicable; null when none is applicable.
    /// Computed as one division, 100 × (byExpiry + byDeadline) / (2 × applicable), so no intermediate rounding creeps in.
    /// </summary>
    public static decimal? Compute(int applicable, int submittedByExpiry, int submittedByDeadline)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(applicable);
        ArgumentOutOfRangeException.ThrowIfNegative(submittedByDeadline);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(submittedByExpiry, applicable);
        // The deadline comes before expiry, so whatever was in by the deadline was also in by expiry.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(submittedByDeadline, submittedByExpiry);
        return applicable == 0 ? null : 100m * (submittedByExpiry + submittedByDeadline) / (2m * applicable);
    }
}
