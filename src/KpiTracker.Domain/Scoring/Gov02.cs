using KpiTracker.Domain.Quality;

namespace KpiTracker.Domain.Scoring;

/// <summary>GOV-02 is computed at the cycle's expiry, not entered (DOMAIN section 4).</summary>
public static class Gov02
{
    public const string Code = "GOV-02";

    /// <summary>
    /// 100 × (completeness + timeliness) / 2 over the unit's applicable indicators other than GOV-02, where completeness =
    /// submitted by expiry / applicable and timeliness = submitted by the deadline / applicable, counted by
    /// <see cref="SubmissionTiming"/> as the data quality index counts them; null when none is applicable. Computed as one
    /// division, 100 × (byExpiry + byDeadline) / (2 × applicable), at full precision: no intermediate or final rounding.
    /// </summary>
    public static decimal? Compute(SubmissionTiming timing)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(timing.Applicable);
        ArgumentOutOfRangeException.ThrowIfNegative(timing.ByDeadline);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(timing.ByExpiry, timing.Applicable);
        // The deadline comes before expiry, so whatever was in by the deadline was also in by expiry.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(timing.ByDeadline, timing.ByExpiry);
        return timing.Applicable == 0 ? null : 100m * (timing.ByExpiry + timing.ByDeadline) / (2m * timing.Applicable);
    }
}
