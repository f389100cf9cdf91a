using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Frameworks;
using static KpiTracker.Domain.Tests.Collection.CollectionSamples;

namespace KpiTracker.Domain.Tests.Collection;

public sealed class ValueRulesTests
{
    public static TheoryData<string, ValueInput, string, string> Refused => new()
    {
        { "P-01", new ValueInput { Value = "100.5" }, "value", "value.above_max" },
        { "P-01", new ValueInput { Value = "-1" }, "value", "value.below_min" },
        { "C-01", new ValueInput { Value = "-2" }, "value", "value.below_min" },
        { "C-01", new ValueInput { Value = "2.5" }, "value", "value.not_whole" },
        { "B-01", new ValueInput { Value = "200.1" }, "value", "value.above_max" },
        { "U-01", new ValueInput { Value = "-100.5" }, "value", "value.below_min" },
        { "P-01", new ValueInput { Numerator = "11", Denominator = "10" }, "numerator", "numerator.exceeds_denominator" },
        { "P-01", new ValueInput { Numerator = "1", Denominator = "0" }, "denominator", "denominator.not_positive" },
        { "P-01", new ValueInput { Numerator = "1", Denominator = "-4" }, "denominator", "denominator.not_positive" },
        { "P-01", new ValueInput { Numerator = "-1", Denominator = "4" }, "numerator", "numerator.negative" },
        { "P-01", new ValueInput { Numerator = "1" }, "denominator", "denominator.required" },
        { "P-01", new ValueInput { Denominator = "4" }, "numerator", "numerator.required" },
        { "P-01", new ValueInput { Value = "50", Numerator = "1", Denominator = "2" }, "value", "value.one_form" },
        { "C-01", new ValueInput { Numerator = "1", Denominator = "2" }, "numerator", "numerator.not_allowed" },
        { "P-01", new ValueInput { LikertMean = "3" }, "likertMean", "likert.not_allowed" },
        { "S-02", new ValueInput { LikertMean = "3" }, "likertMean", "likert.not_allowed" },
        { "S-01", new ValueInput { LikertMean = "5.5" }, "likertMean", "likert.range" },
        { "S-01", new ValueInput { LikertMean = "0.9" }, "likertMean", "likert.range" },
        { "S-01", new ValueInput { Value = "70", SampleSize = "29", Population = "100" }, "sampleSize", "sample.below_min" },
        { "S-01", new ValueInput { Value = "70", SampleSize = "120", Population = "100" }, "sampleSize", "sample.above_population" },
        { "S-01", new ValueInput { Value = "70", SampleSize = "40", Population = "0" }, "population", "population.not_positive" },
        { "S-01", new ValueInput { Value = "70", ResponseRate = "101" }, "responseRate", "response_rate.range" },
        { "S-01", new ValueInput { Value = "70", SampleSize = "40.5" }, "sampleSize", "number.not_whole" },
        { "P-01", new ValueInput { Value = "70", SampleSize = "40" }, "sampleSize", "survey.not_allowed" },
        { "P-01", new ValueInput { Value = "70", Instrument = "form A" }, "instrument", "survey.not_allowed" },
        { "P-01", new ValueInput { Value = "NaN" }, "value", "number.not_finite" },
        { "P-01", new ValueInput { Value = "70", Comment = "a\u202Eb" }, "comment", "text.bidi_control" },
        { "P-01", new ValueInput { Value = "70", Justification = new string('j', 4001) }, "justification", "text.too_long" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Hard_rules_refuse_with_the_field_named(string indicator, ValueInput input, string field, string code)
    {
        var check = ValueRules.Check(Edition.FindIndicator(indicator)!, input, null);

        Assert.False(check.IsValid);
        Assert.Contains(check.Errors, e => e.Field == field && e.Code == code);
        Assert.Equal(EntryValues.Empty, check.Values);
    }

    [Fact]
    public void A_percentage_from_numerator_and_denominator_is_100_n_over_d_to_6_decimals()
    {
        var check = ValueRules.Check(Percent, new ValueInput { Numerator = "1", Denominator = "3" }, null);

        Assert.True(check.IsValid);
        Assert.Equal((33.333333m, 1m, 3m), (check.Values.Value!.Value, check.Values.Numerator!.Value, check.Values.Denominator!.Value));
    }

    [Fact]
    public void Numerator_above_denominator_is_allowed_where_the_range_goes_past_100()
    {
        var check = ValueRules.Check(Budget, new ValueInput { Numerator = "105", Denominator = "100" }, null);

        Assert.True(check.IsValid);
        Assert.Equal(105m, check.Values.Value);
    }

    [Theory]
    [InlineData("1", 0)]
    [InlineData("3", 50)]
    [InlineData("4.2", 80)]
    [InlineData("5", 100)]
    public void A_likert_mean_converts_to_a_score(string mean, decimal score)
    {
        var check = ValueRules.Check(Score, new ValueInput { LikertMean = mean, SampleSize = "30", Population = "30" }, null);

        Assert.True(check.IsValid);
        Assert.Equal(score, check.Values.Value);
    }

    [Theory]
    [InlineData("C-01", "12")]
    [InlineData("D-01", "8.5")]
    [InlineData("U-01", "-12.5")]
    [InlineData("B-01", "150")]
    [InlineData("P-01", "0")]
    [InlineData("P-01", "100")]
    public void Values_within_the_allowed_range_are_accepted(string indicator, string value) =>
        Assert.True(ValueRules.Check(Edition.FindIndicator(indicator)!, new ValueInput { Value = value }, null).IsValid);

    [Fact]
    public void Text_is_trimmed_and_blank_text_is_none()
    {
        var check = ValueRules.Check(Percent, new ValueInput { Value = "70", Comment = "  from the Q4 report  ", Justification = "   " }, null);

        Assert.Equal(("from the Q4 report", (string?)null), (check.Values.Comment, check.Values.Justification));
    }

    [Theory]
    [InlineData("E-01", "65", null, "soft.expected_range")]
    [InlineData("E-01", "5", null, "soft.expected_range")]
    [InlineData("C-01", "16", "10", "soft.change_relative")]
    [InlineData("C-01", "4", "10", "soft.change_relative")]
    [InlineData("P-01", "75", "54", "soft.change_points")]
    [InlineData("P-01", "20", "41", "soft.change_relative")]
    public void Soft_rules_warn(string indicator, string value, string? previous, string code)
    {
        var check = ValueRules.Check(Edition.FindIndicator(indicator)!, new ValueInput { Value = value }, previous is null ? null : decimal.Parse(previous, System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(check.IsValid);
        Assert.Contains(check.Warnings, w => w.Code == code && w.Field == "value");
    }

    [Theory]
    [InlineData("C-01", "15", "10")]
    [InlineData("C-01", "7", "0")]
    [InlineData("P-01", "74", "54")]
    [InlineData("E-01", "60", null)]
    [InlineData("D-01", "30", "25")]
    public void Changes_within_the_limits_do_not_warn(string indicator, string value, string? previous) =>
        Assert.Empty(ValueRules.Check(Edition.FindIndicator(indicator)!, new ValueInput { Value = value }, previous is null ? null : decimal.Parse(previous, System.Globalization.CultureInfo.InvariantCulture)).Warnings);

    [Fact]
    public void The_point_rule_does_not_apply_to_counts()
    {
        var warnings = ValueRules.SoftRules(Count, 130m, 100m);

        Assert.Empty(warnings);
    }

    [Fact]
    public void A_submission_needs_the_value_survey_details_evidence_and_a_justification_for_warnings()
    {
        var missing = ValueRules.CheckComplete(Score, EntryValues.Empty, null, 0);
        Assert.Equal(["value:value.required", "sampleSize:sample.required", "population:population.required", "evidence:evidence.required"], missing.Select(e => $"{e.Field}:{e.Code}").ToArray());

        var warned = EntryValues.Empty with { Value = 65m };
        Assert.Equal("justification.required", Assert.Single(ValueRules.CheckComplete(Expected, warned, null, 0)).Code);
        Assert.Empty(ValueRules.CheckComplete(Expected, warned with { Justification = "New survey method." }, null, 0));
        Assert.Empty(ValueRules.CheckComplete(Count, EntryValues.Empty with { Value = 3m }, null, 1));
    }

    [Fact]
    public void Indicators_of_the_default_kinds_have_the_expected_bounds()
    {
        Assert.Equal(IndicatorUnit.Count, Count.Unit);
        Assert.True(Count.EvidenceRequired);
        Assert.Equal(30, Score.MinSurveySample);
    }
}
