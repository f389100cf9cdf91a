using System.Globalization;
using KpiTracker.Reports.Narrative;

namespace KpiTracker.Reports.Tests.Narrative;

/// <summary>A fixed run gives a fixed narrative, word for word, in both languages; a sentence the data cannot support is left out.</summary>
public class NarrativeWriterTests
{
    private static readonly CultureInfo Arabic = CultureInfo.GetCultureInfo("ar");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void A_fixed_run_gives_a_fixed_text_in_english() => Assert.Equal(
        [
            "The overall index is 75.6, in the Advanced band, up 1.3 points on 2024.",
            "The strongest criterion is Governance (GOV) at 90.2; the weakest is Innovation (INN) at 55.0.",
            "3 criteria improved since 2024: CUS, GOV, LSP.",
            "2 criteria fell since 2024: HCC, INN.",
            "The largest gains in indicator score since 2024: CUS-01 (+12.0), GOV-03 (+8.5), LSP-02 (+8.5).",
            "The largest falls in indicator score since 2024: INN-03 (−15.0), HCC-02 (−4.0).",
            "3 of 5 measurable commitments were met.",
            "Commitments not met: HCC-02, INN-03.",
            "One commitment could not be measured: ENV-01.",
            "4 improvement actions were due this cycle, for HCC-02, INN-03; their mean realisation is 64.0%.",
            "To reach the Leading band (90.0), the plan raises 2 indicators: CUS-02 to 85, INN-01 to 70; the overall index would then be 90.1.",
            "Coverage is 94.3%: 33 of 35 applicable indicators have an accepted value.",
            "The data quality index is 82.4; its weakest component is “Timeliness” at 61.0%.",
        ],
        Texts(NarrativeSamples.Full, English));

    [Fact]
    public void A_fixed_run_gives_a_fixed_text_in_arabic() => Assert.Equal(
        [
            "بلغ المؤشر العام 75.6 في فئة متقدم، بارتفاع 1.3 نقطة عن دورة 2024.",
            "أقوى المعايير الحوكمة (GOV) بدرجة 90.2، وأضعفها الابتكار (INN) بدرجة 55.0.",
            "تحسّنت 3 معايير منذ دورة 2024: CUS، GOV، LSP.",
            "تراجع معياران منذ دورة 2024: HCC، INN.",
            "أكبر التحسّنات في درجات المؤشرات منذ دورة 2024: \u2066CUS-01 (+12.0)\u2069، \u2066GOV-03 (+8.5)\u2069، \u2066LSP-02 (+8.5)\u2069.",
            "أكبر التراجعات في درجات المؤشرات منذ دورة 2024: \u2066INN-03 (−15.0)\u2069، \u2066HCC-02 (−4.0)\u2069.",
            "تحقّق 3 من 5 التزامات قابلة للقياس.",
            "التزامات لم تتحقّق: HCC-02، INN-03.",
            "تعذّر قياس التزام واحد: ENV-01.",
            "حلّ في هذه الدورة موعد 4 إجراءات تحسين تستهدف HCC-02، INN-03، ومتوسط نسبة إنجازها 64.0%.",
            "للوصول إلى فئة رائد (90.0) تقترح الخطة رفع مؤشرين: CUS-02 إلى 85، INN-01 إلى 70؛ فيبلغ المؤشر العام 90.1.",
            "التغطية 94.3%: 33 من 35 مؤشرًا منطبقًا لها قيمة مقبولة.",
            "بلغ مؤشر جودة البيانات 82.4، وأضعف مكوّناته «الالتزام بالموعد» بنسبة 61.0%.",
        ],
        Texts(NarrativeSamples.Full, Arabic));

    [Fact]
    public void An_arabic_list_of_signed_changes_keeps_each_code_with_its_number_in_a_right_to_left_line()
    {
        var arabic = NarrativeWriterTests.Single(NarrativeSamples.Full, NarrativeTopic.IndicatorFalls, Arabic);
        var english = NarrativeWriterTests.Single(NarrativeSamples.Full, NarrativeTopic.IndicatorFalls, English);
        Assert.Contains("\u2066INN-03 (−15.0)\u2069", arabic, StringComparison.Ordinal);
        Assert.DoesNotContain('\u2066', english);
    }

    [Fact]
    public void The_same_run_gives_the_same_text_whatever_the_order_of_its_rows()
    {
        var full = NarrativeSamples.Full;
        var shuffled = full with
        {
            Criteria = [.. full.Criteria.Reverse()],
            Indicators = [.. full.Indicators.OrderBy(i => i.Code, StringComparer.Ordinal).Reverse()],
            Plan = full.Plan! with { Steps = [.. full.Plan.Steps.Reverse()] },
        };

        Assert.Equal(Texts(full, Arabic), Texts(shuffled, Arabic));
        Assert.Equal(NarrativeWriter.Write(full, English), NarrativeWriter.Write(full, English), new SentenceComparer());
    }

    [Fact]
    public void Every_sentence_carries_the_run_it_was_written_from()
    {
        var sentences = NarrativeWriter.Write(NarrativeSamples.Full, English);
        Assert.All(sentences, s => Assert.Equal((NarrativeSamples.RunId, NarrativeSamples.Hash), (s.RunId, s.InputHash)));
        Assert.Equal(["CUS-01", "GOV-03", "LSP-02"], Assert.Single(sentences, s => s.Topic == NarrativeTopic.IndicatorGains).References
            .Where(r => r.Kind == NarrativeTarget.Indicator).Select(r => r.Code));
    }

    [Fact]
    public void Without_a_prior_cycle_no_change_is_stated() =>
        Assert.Equal(
            [NarrativeTopic.Overall, NarrativeTopic.CriteriaExtremes, NarrativeTopic.Plan, NarrativeTopic.Coverage, NarrativeTopic.Quality],
            Topics(NarrativeSamples.FirstCycle));

    [Fact]
    public void Below_two_thirds_coverage_only_the_coverage_and_data_quality_are_stated()
    {
        Assert.Equal([NarrativeTopic.Coverage, NarrativeTopic.Quality], Topics(NarrativeSamples.Insufficient));
        Assert.Equal(
            "Coverage is 28.6%: 10 of 35 applicable indicators have an accepted value, below two thirds, so the overall index, its band and the rank are not established.",
            Texts(NarrativeSamples.Insufficient, English)[0]);
    }

    [Fact]
    public void Without_a_next_band_or_loop_facts_their_sentences_are_left_out()
    {
        var facts = NarrativeSamples.Full with { Plan = null, Commitments = null, Actions = new ActionFacts(0, null, []) };
        var topics = Topics(facts);
        Assert.DoesNotContain(NarrativeTopic.Plan, topics);
        Assert.DoesNotContain(NarrativeTopic.Commitments, topics);
        Assert.DoesNotContain(NarrativeTopic.Actions, topics);
    }

    [Fact]
    public void One_action_due_without_targets_and_a_realisation_past_one_is_clamped()
    {
        var facts = NarrativeSamples.FirstCycle with { Actions = new ActionFacts(1, 1.25m, []) };
        Assert.Equal("One improvement action was due this cycle; its realisation is 100.0%.", Single(facts, NarrativeTopic.Actions, English));
        Assert.Equal("حلّ في هذه الدورة موعد إجراء تحسين واحد، ونسبة إنجازه 100.0%.", Single(facts, NarrativeTopic.Actions, Arabic));
    }

    [Fact]
    public void Equal_criteria_have_no_strongest_and_weakest() =>
        Assert.DoesNotContain(NarrativeTopic.CriteriaExtremes, Topics(NarrativeSamples.Full with { Criteria = [.. NarrativeSamples.Full.Criteria.Select(c => c with { Score = 70m })] }));

    internal static string Single(NarrativeFacts facts, NarrativeTopic topic, CultureInfo culture) =>
        Assert.Single(NarrativeWriter.Write(facts, culture), s => s.Topic == topic).Text;

    private static string[] Texts(NarrativeFacts facts, CultureInfo culture) => [.. NarrativeWriter.Write(facts, culture).Select(s => s.Text)];

    private static NarrativeTopic[] Topics(NarrativeFacts facts) => [.. NarrativeWriter.Write(facts, English).Select(s => s.Topic)];

    private sealed class SentenceComparer : IEqualityComparer<NarrativeSentence>
    {
        public bool Equals(NarrativeSentence? x, NarrativeSentence? y) =>
            x is not null && y is not null && x.Topic == y.Topic && x.Text == y.Text && x.References.SequenceEqual(y.References);

        public int GetHashCode(NarrativeSentence obj) => obj.Text.GetHashCode(StringComparison.Ordinal);
    }
}
