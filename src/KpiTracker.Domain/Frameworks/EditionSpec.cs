namespace KpiTracker.Domain.Frameworks;

/// <summary>A whole framework edition as read from a definition file, already checked rule by rule.</summary>
public sealed record EditionSpec(
    string Code,
    string NameAr,
    string NameEn,
    IReadOnlyList<BandSpec> Bands,
    TrafficLightThresholds TrafficLights,
    IReadOnlyList<CriterionSpec> Criteria,
    IReadOnlyList<(string CriterionCode, IndicatorSpec Indicator)> Indicators);

public sealed record CriterionSpec(string Code, string NameAr, string NameEn, decimal Weight);

/// <summary>Green at or above <see cref="Green"/>, amber at or above <see cref="Amber"/>, red below (DOMAIN section 4).</summary>
public sealed record TrafficLightThresholds(decimal Green, decimal Amber)
{
    public static TrafficLightThresholds Default { get; } = new(90m, 70m);
}
