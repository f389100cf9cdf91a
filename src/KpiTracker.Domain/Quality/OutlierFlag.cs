namespace KpiTracker.Domain.Quality;

/// <summary>
/// A value that stands out among the units for one indicator and cycle. <see cref="Method"/> is <see cref="ModifiedZ"/>, with
/// <see cref="Statistic"/> the modified z-score M and <see cref="Threshold"/> 3.5; or <see cref="IqrFence"/>, with
/// <see cref="Statistic"/> the signed distance beyond the fence it crossed (negative below the lower fence) and
/// <see cref="Threshold"/> that fence.
/// </summary>
public sealed record OutlierFlag(string OrgUnitCode, decimal Value, string Method, decimal Statistic, decimal Median, decimal Threshold)
{
    public const string ModifiedZ = "modified_z";
    public const string IqrFence = "iqr_fence";
}
