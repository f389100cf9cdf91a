namespace KpiTracker.Domain.Collection;

/// <summary>
/// Checked values of one revision. <see cref="Value"/> is the indicator's value however it was entered; the numerator and
/// denominator or the Likert mean are kept when the value was computed from them. <see cref="Analysis"/> is the owner's
/// analysis of the value (causes, context), required to submit a red value (<see cref="ValueRules.CheckAnalysis"/>).
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
    /// <summary>The owner's analysis of the value; kept beside the entered fields, which every form of entry shares.</summary>
    public string? Analysis { get; init; }

    public static EntryValues Empty { get; } = new(null, null, null, null, null, null, null, null, null, null);
}
