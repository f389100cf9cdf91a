namespace KpiTracker.Domain.Frameworks;

/// <summary>
/// Everything that defines an indicator, before it belongs to an edition. The framework importer and the
/// draft editor both build one and ask <see cref="Check"/> for the rules of DOMAIN section 3.
/// </summary>
public sealed record IndicatorSpec
{
    public const int DefaultMinSurveySample = 30;

    public required string Code { get; init; }
    public required string NameAr { get; init; }
    public required string NameEn { get; init; }
    public string DefinitionAr { get; init; } = "";
    public string DefinitionEn { get; init; } = "";
    public required IndicatorUnit Unit { get; init; }
    public required IndicatorDirection Direction { get; init; }
    public required SourceType Source { get; init; }
    public decimal? Lower { get; init; }
    public decimal? Target { get; init; }
    public RangeBounds? Range { get; init; }
    public decimal Weight { get; init; } = 1m;
    public bool EvidenceRequired { get; init; }
    public decimal? AllowedMin { get; init; }
    public decimal? AllowedMax { get; init; }
    public decimal? ExpectedMin { get; init; }
    public decimal? ExpectedMax { get; init; }
    public int? MinSurveySample { get; init; }

    public static bool EvidenceRequiredFor(SourceType source) => source is SourceType.Survey or SourceType.Document;

    public static (decimal? Min, decimal? Max) DefaultAllowedRange(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent or IndicatorUnit.Score => (0m, 100m),
        _ => (0m, null),
    };

    public IEnumerable<RuleViolation> Check()
    {
        if (Weight <= 0)
        {
            yield return new RuleViolation("weight", "indicator.weight.not_positive");
        }

        if (Direction == IndicatorDirection.Range)
        {
            if (Range is null)
            {
                yield return new RuleViolation("range", "indicator.range.missing");
            }
            else if (!Range.IsOrdered)
            {
                yield return new RuleViolation("range", "indicator.range.order");
            }
        }
        else if (Lower is { } l && Target is { } t)
        {
            if (l == t)
            {
                yield return new RuleViolation("target", "indicator.lower_equals_target");
            }
            else if ((Direction == IndicatorDirection.Up && l > t) || (Direction == IndicatorDirection.Down && l < t))
            {
                yield return new RuleViolation("direction", "indicator.direction.mismatch");
            }
        }

        if (EvidenceRequiredFor(Source) && !EvidenceRequired)
        {
            yield return new RuleViolation("evidenceRequired", "indicator.evidence.required");
        }

        if (AllowedMin is { } amin && AllowedMax is { } amax && amin > amax)
        {
            yield return new RuleViolation("allowedRange", "indicator.allowed_range.order");
        }

        if (ExpectedMin is { } emin && ExpectedMax is { } emax && emin > emax)
        {
            yield return new RuleViolation("expectedRange", "indicator.expected_range.order");
        }

        if (MinSurveySample is < 1)
        {
            yield return new RuleViolation("minSurveySample", "indicator.min_sample.not_positive");
        }
    }
}
