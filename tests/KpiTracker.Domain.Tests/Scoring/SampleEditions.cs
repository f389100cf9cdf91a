using KpiTracker.Domain.Frameworks;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Domain.Tests.Scoring;

/// <summary>
/// An edition with its entry rules (unit, source, allowed range) beside the framework the engine scores it with, for the
/// what-if tests that check answers against the entry validation. The criterion of an indicator is the part of its code
/// before the dash; weights are 1.
/// </summary>
internal sealed record SampleEdition(FrameworkEdition Edition, ScoringFramework Framework)
{
    private static readonly DateTimeOffset Created = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The edition's indicators by code, as the what-if plan takes them.</summary>
    public IReadOnlyDictionary<string, Indicator> Entry { get; } = Edition.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);

    /// <summary>The default edition IIS-2024 of DOMAIN section 3: units, directions, sources, L → T and allowed ranges.</summary>
    public static SampleEdition Iis2024 { get; } = Of(
        Pct("LSP-01", 50, 100, SourceType.Ipr), Pct("LSP-02", 50, 90), Pct("LSP-03", 40, 80), Survey("LSP-04", 40, 80), Pct("LSP-05", 0, 50),
        Survey("HCC-01", 40, 80), Survey("HCC-02", 40, 80), Pct("HCC-03", 20, 60), Pct("HCC-04", 70, 100, SourceType.Ipr), Pct("HCC-05", 10, 2) with { Direction = IndicatorDirection.Down },
        Survey("PAO-01", 40, 80), Count("PAO-02", 0, 10), Pct("PAO-03", 0, 20, SourceType.Document), Pct("PAO-04", 50, 85),
        Pct("PAO-05", 0, 0, SourceType.Finance) with { Direction = IndicatorDirection.Range, Lower = null, Target = null, Range = new RangeBounds(70, 90, 100, 110), AllowedMax = 200 },
        Count("INN-01", 0, 5), Pct("INN-02", 0, 10), Count("INN-03", 0, 4), Pct("INN-04", 0, 2, SourceType.Finance), Pct("INN-05", 20, 80),
        Survey("CUS-01", 50, 85) with { Unit = IndicatorUnit.Percent }, Survey("CUS-02", 50, 85), Pct("CUS-03", 50, 90), Pct("CUS-04", 60, 95),
        Pct("CUS-05", 20, 5) with { Unit = IndicatorUnit.WorkingDays, Direction = IndicatorDirection.Down, AllowedMax = null },
        Pct("GOV-01", 60, 100, SourceType.Ipr), Pct("GOV-02", 70, 100, SourceType.Platform), Pct("GOV-03", 40, 90, SourceType.Document),
        Pct("GOV-04", 40, 90, SourceType.Document), Pct("GOV-05", 30, 90, SourceType.Document),
        Count("ENV-01", 0, 6), Count("ENV-02", 0, 4), Pct("ENV-03", 0, 5, SourceType.Finance) with { AllowedMin = -100 }, Pct("ENV-04", 20, 70), Pct("ENV-05", 40, 90));

    public static SampleEdition Of(params IndicatorSpec[] indicators)
    {
        var criteria = indicators.Select(i => CriterionOf(i.Code)).Distinct().ToList();
        var edition = FrameworkEdition.Create(
            new EditionSpec(
                "T-WI",
                "تجربة",
                "Trial",
                [.. SampleFrameworks.Bands.Select(b => new BandSpec(b.Code, b.Code, b.Code, b.MinScore))],
                TrafficLightThresholds.Default,
                [.. criteria.Select(c => new CriterionSpec(c, c, c, 1m))],
                [.. indicators.Select(i => (CriterionOf(i.Code), i))]),
            Created);
        var framework = new ScoringFramework(
            [.. edition.Criteria.Select(c => new ScoringCriterion(c.Code, c.Weight, c.Order))],
            [.. edition.Indicators.Select(i => new ScoringIndicator(i.Code, CriterionOf(i.Code), i.Direction, i.Lower, i.Target, i.Range, i.Weight))],
            SampleFrameworks.Bands);
        return new SampleEdition(edition, framework);
    }

    /// <summary>A percentage from an administrative record (allowed 0–100), up unless changed.</summary>
    public static IndicatorSpec Pct(string code, decimal lower, decimal target, SourceType source = SourceType.Admin) => new()
    {
        Code = code,
        NameAr = code,
        NameEn = code,
        Unit = IndicatorUnit.Percent,
        Direction = IndicatorDirection.Up,
        Source = source,
        Lower = lower,
        Target = target,
        EvidenceRequired = IndicatorSpec.EvidenceRequiredFor(source),
        AllowedMin = 0m,
        AllowedMax = 100m,
    };

    /// <summary>A survey score (allowed 0–100).</summary>
    public static IndicatorSpec Survey(string code, decimal lower, decimal target) => Pct(code, lower, target, SourceType.Survey) with { Unit = IndicatorUnit.Score };

    /// <summary>A count from documents (whole, at least 0).</summary>
    public static IndicatorSpec Count(string code, decimal lower, decimal target) =>
        Pct(code, lower, target, SourceType.Document) with { Unit = IndicatorUnit.Count, Direction = lower < target ? IndicatorDirection.Up : IndicatorDirection.Down, AllowedMax = null };

    private static string CriterionOf(string code) => code[..code.IndexOf('-', StringComparison.Ordinal)];
}
