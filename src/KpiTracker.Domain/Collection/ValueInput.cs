using System.Globalization;

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
    public string? Analysis { get; init; }

    /// <summary>
    /// What a save that gives only some members means: each member <paramref name="given"/> as this input has it (null clears
    /// it), every other as <paramref name="stored"/>. The value is one choice of form (a value, numerator and denominator, or
    /// a Likert mean): giving any of those four replaces the stored form, and those of the four not given are cleared with
    /// it; giving none keeps the stored form.
    /// </summary>
    public ValueInput Over(EntryValues stored, EntryFields given)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var storedForm = stored.Numerator is not null || stored.Denominator is not null
            ? new ValueInput { Numerator = Text(stored.Numerator), Denominator = Text(stored.Denominator) }
            : stored.LikertMean is not null ? new ValueInput { LikertMean = Text(stored.LikertMean) }
            : new ValueInput { Value = Text(stored.Value) };
        var form = (given & EntryFields.ValueForm) == 0 ? storedForm : this;
        return new ValueInput
        {
            Value = form.Value,
            Numerator = form.Numerator,
            Denominator = form.Denominator,
            LikertMean = form.LikertMean,
            SampleSize = given.HasFlag(EntryFields.SampleSize) ? SampleSize : Text(stored.SampleSize),
            Population = given.HasFlag(EntryFields.Population) ? Population : Text(stored.Population),
            ResponseRate = given.HasFlag(EntryFields.ResponseRate) ? ResponseRate : Text(stored.ResponseRate),
            Instrument = given.HasFlag(EntryFields.Instrument) ? Instrument : stored.Instrument,
            Comment = given.HasFlag(EntryFields.Comment) ? Comment : stored.Comment,
            Justification = given.HasFlag(EntryFields.Justification) ? Justification : stored.Justification,
            Analysis = given.HasFlag(EntryFields.Analysis) ? Analysis : stored.Analysis,
        };
    }

    private static string? Text(decimal? number) => number?.ToString(CultureInfo.InvariantCulture);

    private static string? Text(int? number) => number?.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The members of a <see cref="ValueInput"/> a caller gives (see <see cref="ValueInput.Over"/>).</summary>
[Flags]
public enum EntryFields
{
    None = 0,
    Value = 1,
    Numerator = 2,
    Denominator = 4,
    LikertMean = 8,
    SampleSize = 16,
    Population = 32,
    ResponseRate = 64,
    Instrument = 128,
    Comment = 256,
    Justification = 512,
    Analysis = 1024,

    /// <summary>The four ways of giving the value; they are replaced together.</summary>
    ValueForm = Value | Numerator | Denominator | LikertMean,

    /// <summary>Every member: the input replaces the whole entry (the form, which always sends every field).</summary>
    All = ValueForm | SampleSize | Population | ResponseRate | Instrument | Comment | Justification | Analysis,
}
