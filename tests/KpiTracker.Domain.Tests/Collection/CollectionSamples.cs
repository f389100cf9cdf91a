using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Frameworks;

namespace KpiTracker.Domain.Tests.Collection;

/// <summary>A small edition with one indicator of each kind the value rules treat differently, and a cycle on it.</summary>
internal static class CollectionSamples
{
    public static readonly DateTimeOffset Now = new(2026, 1, 10, 8, 0, 0, TimeSpan.Zero);

    public static readonly FrameworkEdition Edition = Build();

    public static Indicator Percent => Edition.FindIndicator("P-01")!;

    public static Indicator Score => Edition.FindIndicator("S-01")!;

    public static Indicator SurveyPercent => Edition.FindIndicator("S-02")!;

    public static Indicator Count => Edition.FindIndicator("C-01")!;

    public static Indicator Days => Edition.FindIndicator("D-01")!;

    public static Indicator Budget => Edition.FindIndicator("B-01")!;

    public static Indicator Utilities => Edition.FindIndicator("U-01")!;

    public static Indicator Computed => Edition.FindIndicator("GOV-02")!;

    public static Indicator Expected => Edition.FindIndicator("E-01")!;

    /// <summary>The lights of a value of the indicator under the sample edition (no override).</summary>
    public static ValueYardstick Lights(Indicator indicator) => ValueYardstick.For(indicator, Edition.GreenThreshold, Edition.AmberThreshold);

    /// <summary>An open 2025 cycle with the default calendar (entry 1 Jan – 15 Feb 2026, Muscat).</summary>
    public static Cycle OpenCycle()
    {
        var cycle = Cycle.Create(2025, Edition.Id, CycleCalendar.Default(2025), Now.AddDays(-30));
        cycle.Open(Now.AddDays(-20));
        return cycle;
    }

    private static FrameworkEdition Build()
    {
        IndicatorSpec Spec(string code, IndicatorUnit unit, SourceType source, decimal lower, decimal target, decimal? min, decimal? max) => new()
        {
            Code = code,
            NameAr = code,
            NameEn = code,
            Unit = unit,
            Direction = IndicatorDirection.Up,
            Source = source,
            Lower = lower,
            Target = target,
            EvidenceRequired = IndicatorSpec.EvidenceRequiredFor(source),
            AllowedMin = min,
            AllowedMax = max,
        };

        var edition = FrameworkEdition.Create(
            new EditionSpec(
                "T-1",
                "تجربة",
                "Trial",
                [new BandSpec("leading", "رائد", "Leading", 90m), new BandSpec("initial", "مبتدئ", "Initial", 0m)],
                TrafficLightThresholds.Default,
                [new CriterionSpec("AAA", "أ", "A", 1m)],
                [
                    ("AAA", Spec("P-01", IndicatorUnit.Percent, SourceType.Admin, 50, 90, 0, 100)),
                    ("AAA", Spec("S-01", IndicatorUnit.Score, SourceType.Survey, 40, 80, 0, 100)),
                    ("AAA", Spec("S-02", IndicatorUnit.Percent, SourceType.Survey, 50, 85, 0, 100)),
                    ("AAA", Spec("C-01", IndicatorUnit.Count, SourceType.Document, 0, 10, 0, null)),
                    ("AAA", Spec("D-01", IndicatorUnit.WorkingDays, SourceType.Admin, 20, 5, 0, null) with { Direction = IndicatorDirection.Down }),
                    ("AAA", Spec("B-01", IndicatorUnit.Percent, SourceType.Finance, 0, 0, 0, 200) with
                    {
                        Direction = IndicatorDirection.Range, Lower = null, Target = null, Range = new RangeBounds(70, 90, 100, 110),
                    }),
                    ("AAA", Spec("U-01", IndicatorUnit.Percent, SourceType.Finance, 0, 5, -100, 100)),
                    ("AAA", Spec("GOV-02", IndicatorUnit.Percent, SourceType.Platform, 70, 100, 0, 100)),
                    ("AAA", Spec("E-01", IndicatorUnit.Percent, SourceType.Admin, 0, 50, 0, 100) with { ExpectedMin = 10, ExpectedMax = 60 }),
                ]),
            Now.AddYears(-1));
        edition.Publish(Now.AddYears(-1));
        return edition;
    }
}
