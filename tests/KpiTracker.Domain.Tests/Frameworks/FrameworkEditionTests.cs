using KpiTracker.Domain.Common;
using KpiTracker.Domain.Frameworks;

namespace KpiTracker.Domain.Tests.Frameworks;

public sealed class FrameworkEditionTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static EditionSpec Spec() => new(
        "T-1",
        "تجربة",
        "Trial",
        [new BandSpec("leading", "رائد", "Leading", 90m), new BandSpec("advanced", "متقدم", "Advanced", 75m), new BandSpec("established", "متمكن", "Established", 60m), new BandSpec("developing", "نامٍ", "Developing", 40m), new BandSpec("initial", "مبتدئ", "Initial", 0m)],
        TrafficLightThresholds.Default,
        [new CriterionSpec("AAA", "أ", "A", 1m), new CriterionSpec("BBB", "ب", "B", 2m)],
        [
            ("BBB", new IndicatorSpec { Code = "BBB-01", NameAr = "ب١", NameEn = "B1", Unit = IndicatorUnit.Count, Direction = IndicatorDirection.Up, Source = SourceType.Document, EvidenceRequired = true, Lower = 0m, Target = 4m }),
            ("AAA", new IndicatorSpec { Code = "AAA-01", NameAr = "أ١", NameEn = "A1", Unit = IndicatorUnit.Percent, Direction = IndicatorDirection.Up, Source = SourceType.Admin, Lower = 0m, Target = 50m }),
            ("AAA", new IndicatorSpec { Code = "AAA-02", NameAr = "أ٢", NameEn = "A2", Unit = IndicatorUnit.Score, Direction = IndicatorDirection.Up, Source = SourceType.Survey, EvidenceRequired = true, Lower = 40m, Target = 80m }),
        ]);

    [Fact]
    public void A_new_edition_is_a_draft_with_criteria_and_indicators_in_file_order()
    {
        var edition = FrameworkEdition.Create(Spec(), Now);

        Assert.Equal(EditionStatus.Draft, edition.Status);
        Assert.Null(edition.PublishedAt);
        Assert.Equal(["AAA-01", "AAA-02", "BBB-01"], edition.Indicators.Select(i => i.Code).ToArray());
        Assert.Equal(30, edition.Indicators.Single(i => i.Code == "AAA-02").MinSurveySample);
        Assert.Null(edition.Indicators.Single(i => i.Code == "AAA-01").MinSurveySample);
    }

    [Fact]
    public void A_published_edition_cannot_be_published_or_changed_again()
    {
        var edition = FrameworkEdition.Create(Spec(), Now);
        edition.Publish(Now.AddDays(1));

        Assert.Equal(EditionStatus.Published, edition.Status);
        Assert.Equal(Now.AddDays(1), edition.PublishedAt);
        Assert.Throws<DomainException>(() => edition.Publish(Now.AddDays(2)));
        Assert.Throws<DomainException>(edition.EnsureDraft);
    }

    [Theory]
    [InlineData(100, "leading")]
    [InlineData(90, "leading")]
    [InlineData(89.9, "advanced")]
    [InlineData(75, "advanced")]
    [InlineData(74.9, "established")]
    [InlineData(60, "established")]
    [InlineData(59.9, "developing")]
    [InlineData(40, "developing")]
    [InlineData(39.9, "initial")]
    [InlineData(0, "initial")]
    public void A_rounded_score_falls_in_one_band(double score, string band) =>
        Assert.Equal(band, FrameworkEdition.Create(Spec(), Now).BandFor((decimal)score).Code);

    [Fact]
    public void An_indicator_that_breaks_a_rule_cannot_be_built() =>
        Assert.Throws<DomainException>(() => FrameworkEdition.Create(
            Spec() with { Indicators = [("AAA", new IndicatorSpec { Code = "AAA-09", NameAr = "x", NameEn = "x", Unit = IndicatorUnit.Percent, Direction = IndicatorDirection.Up, Source = SourceType.Admin, Lower = 5m, Target = 5m })] },
            Now));
}
