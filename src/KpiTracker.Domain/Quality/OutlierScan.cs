namespace KpiTracker.Domain.Quality;

/// <summary>Outlier flags for reviewers (DOMAIN section 5); values never change because of them.</summary>
public static class OutlierScan
{
    public const decimal ModifiedZThreshold = 3.5m;
    public const decimal HistoryZThreshold = 3m;

    /// <summary>Previous cycles needed, so that with the current one the history spans 4 cycles.</summary>
    public const int MinPreviousCycles = 3;

    private const decimal ModifiedZScale = 0.6745m;
    private const decimal FenceMultiplier = 1.5m;
    private const int MinUnits = 3;

    /// <summary>
    /// Across units for one indicator and cycle: M = 0.6745 × (x − median) / MAD, MAD = median of |x − median|, flagged when
    /// |M| &gt; 3.5. When MAD = 0 (at least half the units share the median) values outside [Q1 − 1.5 IQR, Q3 + 1.5 IQR] are
    /// flagged instead, with Q1 and Q3 Tukey's hinges: the medians of the lower and upper halves of the sorted values, each half
    /// including the median when the count is odd. Fewer than 3 values: no flags. Flags are listed by unit code.
    /// </summary>
    public static IReadOnlyList<OutlierFlag> AcrossGovernorates(IReadOnlyList<(string OrgUnitCode, decimal Value)> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < MinUnits)
        {
            return [];
        }

        var sorted = values.Select(v => v.Value).Order().ToList();
        var median = DecimalStatistics.Median(sorted);
        var mad = DecimalStatistics.Median([.. sorted.Select(v => Math.Abs(v - median)).Order()]);
        var flags = mad == 0m ? FenceFlags(values, sorted, median) : ModifiedZFlags(values, median, mad);
        return [.. flags.OrderBy(f => f.OrgUnitCode, StringComparer.Ordinal).ThenBy(f => f.Value)];
    }

    /// <summary>
    /// Against the unit's own history: with at least 3 previous cycles (4 with the current one), z = (current − mean) / SD of the
    /// previous values (sample SD, n − 1), flagged when |z| &gt; 3. When the previous values are all equal (SD 0) any other value
    /// is flagged with no z. Null when not flagged or the history is too short.
    /// </summary>
    public static HistoryOutlier? WithinHistory(IReadOnlyList<decimal> previousValues, decimal current)
    {
        ArgumentNullException.ThrowIfNull(previousValues);
        if (previousValues.Count < MinPreviousCycles)
        {
            return null;
        }

        var mean = DecimalStatistics.Mean(previousValues);
        var sd = DecimalStatistics.SampleStandardDeviation(previousValues, mean);
        if (sd == 0m)
        {
            return current == mean ? null : new HistoryOutlier(current, mean, sd, null, HistoryZThreshold);
        }

        var z = (current - mean) / sd;
        return Math.Abs(z) > HistoryZThreshold ? new HistoryOutlier(current, mean, sd, z, HistoryZThreshold) : null;
    }

    private static IEnumerable<OutlierFlag> ModifiedZFlags(IReadOnlyList<(string OrgUnitCode, decimal Value)> values, decimal median, decimal mad) =>
        from v in values
        let m = ModifiedZScale * (v.Value - median) / mad
        where Math.Abs(m) > ModifiedZThreshold
        select new OutlierFlag(v.OrgUnitCode, v.Value, OutlierFlag.ModifiedZ, m, median, ModifiedZThreshold);

    private static IEnumerable<OutlierFlag> FenceFlags(IReadOnlyList<(string OrgUnitCode, decimal Value)> values, List<decimal> sorted, decimal median)
    {
        var half = (sorted.Count + 1) / 2;
        var q1 = DecimalStatistics.Median(sorted[..half]);
        var q3 = DecimalStatistics.Median(sorted[^half..]);
        var iqr = q3 - q1;
        var (lowerFence, upperFence) = (q1 - (FenceMultiplier * iqr), q3 + (FenceMultiplier * iqr));
        foreach (var v in values)
        {
            if (v.Value < lowerFence)
            {
                yield return new OutlierFlag(v.OrgUnitCode, v.Value, OutlierFlag.IqrFence, v.Value - lowerFence, median, lowerFence);
            }
            else if (v.Value > upperFence)
            {
                yield return new OutlierFlag(v.OrgUnitCode, v.Value, OutlierFlag.IqrFence, v.Value - upperFence, median, upperFence);
            }
        }
    }
}
