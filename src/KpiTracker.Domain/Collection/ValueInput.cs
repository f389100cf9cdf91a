namespace KpiTracker.Domain.Collection;

/// <summary>
/// A value as entered on a form, through the API or in an import row: every number is still text (null means not given),
/// so that <see cref="ValueRules"/> can tell malformed input from a number it refuses.
/// </summary>
public sealed record ValueInput
{
    public string? Value { get; init; }
    public string? Numerator { get; init; }
    public string? Denominator { get; init; }

    /// <summary>A 1–5 Likert mean for survey score indicators; the value becomes (mean − 1) / 4 × 100.</summary>
    public string? LikertMean { get; init; }
    public string? SampleSize { get; init; }
    public string? Population { get; init; }
    public string? ResponseRate { get; init; }
    public string? Instrument { get; init; }
    public string? Comment { get; init; }
    public string? Justification { get; init; }
}

/// <summary>
/// Checked values of one revision. <see cref="Value"/> is the indicator's value however it was entered; the numerator and
/// denominator or the Likert mean are kept when the value was computed from them.
/// </summary>
public sealed record EntryValues(
    decimal? Value,
    decimal? Numerator,
    decimal? Denominator,
    decimal? LikertMean,
    int? SampleSize,
    int? Population,
    decimal? ResponseRate,
    string? Instrument,
    string? Comment,
    string? Justification)
{
    public static EntryValues Empty { get; } = new(null, null, null, null, null, null, null, null, null, null);
}
