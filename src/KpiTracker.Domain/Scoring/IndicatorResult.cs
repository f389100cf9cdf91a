namespace KpiTracker.Domain.Scoring;

/// <summary>An indicator's state in a cycle; <see cref="Value"/> is the accepted value and is present exactly when the status is <see cref="IndicatorStatus.Value"/>.</summary>
public sealed record IndicatorResult(string Code, IndicatorStatus Status, decimal? Value)
{
    public static IndicatorResult Accepted(string code, decimal value) => new(code, IndicatorStatus.Value, value);

    public static IndicatorResult Missing(string code) => new(code, IndicatorStatus.Missing, null);

    public static IndicatorResult NotApplicable(string code) => new(code, IndicatorStatus.NotApplicable, null);
}
