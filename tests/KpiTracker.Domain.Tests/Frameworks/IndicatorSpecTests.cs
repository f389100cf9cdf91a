using KpiTracker.Domain.Frameworks;

namespace KpiTracker.Domain.Tests.Frameworks;

public sealed class IndicatorSpecTests
{
    private static readonly IndicatorSpec Up = new()
    {
        Code = "LSP-02",
        NameAr = "نسبة إنجاز الخطة السنوية",
        NameEn = "Annual plan execution rate",
        Unit = IndicatorUnit.Percent,
        Direction = IndicatorDirection.Up,
        Source = SourceType.Admin,
        Lower = 50m,
        Target = 90m,
    };

    [Fact]
    public void A_well_formed_up_indicator_breaks_no_rule() => Assert.Empty(Up.Check());

    [Fact]
    public void A_down_indicator_has_its_lower_above_its_target() =>
        Assert.Empty((Up with { Direction = IndicatorDirection.Down, Lower = 20m, Target = 5m }).Check());

    [Theory]
    [InlineData(IndicatorDirection.Up, 90, 50, "indicator.direction.mismatch")]
    [InlineData(IndicatorDirection.Down, 5, 20, "indicator.direction.mismatch")]
    [InlineData(IndicatorDirection.Up, 50, 50, "indicator.lower_equals_target")]
    public void Lower_and_target_must_fit_the_direction(IndicatorDirection direction, int lower, int target, string code)
    {
        var violation = Assert.Single((Up with { Direction = direction, Lower = lower, Target = target }).Check());
        Assert.Equal(code, violation.Code);
    }

    [Theory]
    [InlineData(70, 90, 100, 110, true)]
    [InlineData(70, 90, 90, 110, true)]
    [InlineData(90, 90, 100, 110, false)]
    [InlineData(70, 100, 90, 110, false)]
    [InlineData(70, 90, 110, 110, false)]
    public void Range_bounds_are_ordered_lowerZero_targetLow_targetHigh_upperZero(int a, int b, int c, int d, bool ordered)
    {
        var spec = Up with { Direction = IndicatorDirection.Range, Lower = null, Target = null, Range = new RangeBounds(a, b, c, d) };

        Assert.Equal(ordered, spec.Check().All(v => v.Code != "indicator.range.order"));
        Assert.Equal(ordered, new RangeBounds(a, b, c, d).IsOrdered);
    }

    [Fact]
    public void A_range_indicator_needs_its_bounds() =>
        Assert.Contains((Up with { Direction = IndicatorDirection.Range }).Check(), v => v.Code == "indicator.range.missing");

    [Theory]
    [InlineData(SourceType.Survey, true)]
    [InlineData(SourceType.Document, true)]
    [InlineData(SourceType.Admin, false)]
    [InlineData(SourceType.Ipr, false)]
    [InlineData(SourceType.Finance, false)]
    [InlineData(SourceType.Platform, false)]
    public void Survey_and_document_indicators_require_evidence(SourceType source, bool required)
    {
        Assert.Equal(required, IndicatorSpec.EvidenceRequiredFor(source));
        var withoutEvidence = Up with { Source = source, EvidenceRequired = false };
        Assert.Equal(required, withoutEvidence.Check().Any(v => v.Code == "indicator.evidence.required"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Weights_are_positive(int weight) =>
        Assert.Contains((Up with { Weight = weight }).Check(), v => v.Field == "weight" && v.Code == "indicator.weight.not_positive");

    [Fact]
    public void Allowed_and_expected_ranges_must_not_be_reversed()
    {
        var codes = (Up with { AllowedMin = 10m, AllowedMax = 5m, ExpectedMin = 80m, ExpectedMax = 20m }).Check().Select(v => v.Code).ToList();

        Assert.Contains("indicator.allowed_range.order", codes);
        Assert.Contains("indicator.expected_range.order", codes);
    }

    [Theory]
    [InlineData(IndicatorUnit.Percent, 0, 100)]
    [InlineData(IndicatorUnit.Score, 0, 100)]
    [InlineData(IndicatorUnit.Count, 0, null)]
    [InlineData(IndicatorUnit.WorkingDays, 0, null)]
    public void Default_allowed_ranges_follow_the_unit(IndicatorUnit unit, int min, int? max)
    {
        var (actualMin, actualMax) = IndicatorSpec.DefaultAllowedRange(unit);
        Assert.Equal((decimal)min, actualMin);
        Assert.Equal((decimal?)max, actualMax);
    }
}
