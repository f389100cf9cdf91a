using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Scoring;
using static KpiTracker.Domain.Tests.Collection.CollectionSamples;

namespace KpiTracker.Domain.Tests.Collection;

/// <summary>
/// DOMAIN section 8: a value whose provisional light is red is submitted only with the owner's analysis. The light is the
/// scorer's: the score rounded to one decimal, red below the amber threshold (70), with the governorate's L and T for counts.
/// </summary>
public sealed class AnalysisRuleTests
{
    /// <summary>Indicator, value, light: P-01 is up (L 50, T 90), D-01 down (L 20, T 5), B-01 a range (70, 90–100, 110).</summary>
    public static TheoryData<string, decimal, TrafficLight> Lights => new()
    {
        { "P-01", 86m, TrafficLight.Green },       // 90.0
        { "P-01", 85.98m, TrafficLight.Green },    // 89.95 → 90.0
        { "P-01", 85.97m, TrafficLight.Amber },    // 89.925 → 89.9
        { "P-01", 78m, TrafficLight.Amber },       // 70.0, the edge
        { "P-01", 77.98m, TrafficLight.Amber },    // 69.95 → 70.0
        { "P-01", 77.97m, TrafficLight.Red },      // 69.925 → 69.9
        { "P-01", 0m, TrafficLight.Red },          // clamped to 0
        { "D-01", 9.5m, TrafficLight.Amber },      // 70.0
        { "D-01", 9.51m, TrafficLight.Red },       // 69.93 → 69.9
        { "B-01", 84m, TrafficLight.Amber },       // below the band: 70.0
        { "B-01", 83.9m, TrafficLight.Red },       // 69.5
        { "B-01", 95m, TrafficLight.Green },       // inside the band: 100
        { "B-01", 103m, TrafficLight.Amber },      // above the band: 70.0
        { "B-01", 103.1m, TrafficLight.Red },      // 69.0
    };

    [Theory]
    [MemberData(nameof(Lights))]
    public void The_light_is_the_scorer_s_from_the_rounded_score(string code, decimal value, TrafficLight light)
    {
        var indicator = Edition.FindIndicator(code)!;
        Assert.Equal(light, Lights(indicator).Light(value));
        var needs = ValueRules.CheckAnalysis(Lights(indicator), EntryValues.Empty with { Value = value });
        Assert.Equal(light == TrafficLight.Red ? "analysis.required_red" : null, needs?.Code);
        Assert.Equal(light == TrafficLight.Red ? "analysis" : null, needs?.Field);
    }

    [Fact]
    public void A_missing_value_needs_no_analysis_and_has_a_grey_light()
    {
        Assert.Equal(TrafficLight.Grey, Lights(Percent).Light(null));
        Assert.Null(ValueRules.CheckAnalysis(Lights(Percent), EntryValues.Empty));
    }

    [Fact]
    public void A_red_value_is_submitted_only_with_an_analysis_and_its_message_states_the_score()
    {
        var cycle = OpenCycle();
        var item = Submission.Create(cycle, "OM-BS", Percent, Now);
        Assert.Empty(item.SaveDraft(cycle, Percent, EntryValues.Empty with { Value = 60m, Analysis = "   " }, Now, "owner"));

        var refused = Assert.Single(item.Submit(cycle, Percent, null, Lights(Percent), Now, "owner"));
        Assert.Equal(("analysis", "analysis.required_red", "25"), (refused.Field, refused.Code, refused.Args.Single().ToString()));
        Assert.Equal(SubmissionState.Draft, item.State);

        Assert.Empty(item.SaveDraft(cycle, Percent, EntryValues.Empty with { Value = 60m, Analysis = "Two of five units opened late." }, Now, "owner"));
        Assert.Empty(item.Submit(cycle, Percent, null, Lights(Percent), Now, "owner"));
        Assert.Equal("Two of five units opened late.", item.Current.Analysis);
    }

    [Fact]
    public void An_amber_or_green_value_needs_none()
    {
        var cycle = OpenCycle();
        foreach (var value in new[] { 78m, 90m })
        {
            var item = Submission.Create(cycle, "OM-BS", Percent, Now);
            Assert.Empty(item.SaveDraft(cycle, Percent, EntryValues.Empty with { Value = value }, Now, "owner"));
            Assert.Empty(item.Submit(cycle, Percent, null, Lights(Percent), Now, "owner"));
        }
    }

    [Fact]
    public void A_count_is_judged_against_the_governorate_s_own_targets_when_the_central_team_set_them()
    {
        // C-01: L 0, T 10; 4 scores 40 (red). Against an override of L 0, T 5 it scores 80 (amber).
        var values = EntryValues.Empty with { Value = 4m };
        Assert.Equal("analysis.required_red", ValueRules.CheckAnalysis(Lights(Count), values)?.Code);
        var overridden = ValueYardstick.For(Count, Edition.GreenThreshold, Edition.AmberThreshold, 0m, 5m);
        Assert.Equal(TrafficLight.Amber, overridden.Light(4m));
        Assert.Null(ValueRules.CheckAnalysis(overridden, values));
    }

    [Fact]
    public void Analysis_follows_the_text_rules_and_its_own_length_limit()
    {
        var bidi = ValueRules.Check(Percent, new ValueInput { Value = "60", Analysis = "a\u202Eb" }, null);
        Assert.Equal(("analysis", "text.bidi_control"), (bidi.Errors.Single().Field, bidi.Errors.Single().Code));
        var tooLong = ValueRules.Check(Percent, new ValueInput { Value = "60", Analysis = new string('x', ValueRules.AnalysisMaxLength + 1) }, null);
        Assert.Equal(("analysis", "text.too_long"), (tooLong.Errors.Single().Field, tooLong.Errors.Single().Code));
        var kept = ValueRules.Check(Percent, new ValueInput { Value = "60", Analysis = "  Staff left.  " }, null);
        Assert.Equal("Staff left.", kept.Values.Analysis);
    }

    [Fact]
    public void The_reviewer_s_recommendation_is_kept_on_the_accepted_revision()
    {
        var cycle = OpenCycle();
        var item = Submission.Create(cycle, "OM-BS", Percent, Now);
        item.SaveDraft(cycle, Percent, EntryValues.Empty with { Value = 80m }, Now, "owner");
        Assert.Empty(item.Submit(cycle, Percent, null, Lights(Percent), Now, "owner"));

        Assert.Equal(("recommendation", "text.bidi_control"), Pair(Assert.Single(item.Accept(Now, "reviewer", "x\u2066y"))));
        Assert.Equal(SubmissionState.Submitted, item.State);
        Assert.Empty(item.Accept(Now.AddHours(1), "reviewer", " Hire two analysts. "));
        Assert.Equal(("Hire two analysts.", "reviewer", Now.AddHours(1)), (item.Current.Recommendation, item.Current.RecommendedBy, item.Current.RecommendedAt!.Value));

        static (string, string) Pair(Domain.Common.RuleViolation v) => (v.Field, v.Code);
    }
}
