using System.Globalization;
using KpiTracker.Reports.Narrative;

namespace KpiTracker.Reports.Tests.Narrative;

/// <summary>Arabic agreement follows the count through CLDR's plural categories (ICU): zero, one, two, few, many, other.</summary>
public class NarrativePluralTests
{
    [Theory]
    [InlineData(0, "لم يتحسّن أي معيار منذ دورة 2024.")]
    [InlineData(1, "تحسّن معيار واحد منذ دورة 2024: C001.")]
    [InlineData(2, "تحسّن معياران منذ دورة 2024: C001، C002.")]
    [InlineData(3, "تحسّنت 3 معايير منذ دورة 2024: C001، C002، C003.")]
    [InlineData(11, "تحسّن 11 معيارًا منذ دورة 2024: ")]
    [InlineData(100, "تحسّن 100 معيار منذ دورة 2024: ")]
    public void Criteria_improved_in_arabic_take_the_form_of_their_number(int improved, string expected) =>
        Assert.StartsWith(expected, NarrativeWriterTests.Single(Improved(improved), NarrativeTopic.CriteriaImproved, CultureInfo.GetCultureInfo("ar")), StringComparison.Ordinal);

    [Theory]
    [InlineData(0, "No criterion improved since 2024.")]
    [InlineData(1, "One criterion improved since 2024: C001.")]
    [InlineData(2, "2 criteria improved since 2024: C001, C002.")]
    public void Criteria_improved_in_english_are_one_or_other(int improved, string expected) =>
        Assert.Equal(expected, NarrativeWriterTests.Single(Improved(improved), NarrativeTopic.CriteriaImproved, CultureInfo.GetCultureInfo("en")));

    [Theory]
    [InlineData(1, "للوصول إلى فئة رائد (90.0) تقترح الخطة رفع مؤشر واحد: ")]
    [InlineData(2, "للوصول إلى فئة رائد (90.0) تقترح الخطة رفع مؤشرين: ")]
    [InlineData(3, "للوصول إلى فئة رائد (90.0) تقترح الخطة رفع 3 مؤشرات: ")]
    [InlineData(11, "للوصول إلى فئة رائد (90.0) تقترح الخطة رفع 11 مؤشرًا: ")]
    [InlineData(100, "للوصول إلى فئة رائد (90.0) تقترح الخطة رفع 100 مؤشر: ")]
    public void The_plan_agrees_with_its_number_of_indicators(int steps, string expected)
    {
        var plan = new PlanFacts(NarrativeSamples.Leading, 90m, [.. Enumerable.Range(1, steps).Select(i => new PlanStep($"X-{i:000}", 50m))], 90.4m);
        Assert.StartsWith(expected, NarrativeWriterTests.Single(NarrativeSamples.Full with { Plan = plan }, NarrativeTopic.Plan, CultureInfo.GetCultureInfo("ar")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "التغطية 100.0%: 1 من مؤشر واحد منطبق له قيمة مقبولة.")]
    [InlineData(2, "التغطية 100.0%: 2 من مؤشرين منطبقين لهما قيمة مقبولة.")]
    [InlineData(3, "التغطية 100.0%: 3 من 3 مؤشرات منطبقة لها قيمة مقبولة.")]
    [InlineData(11, "التغطية 100.0%: 11 من 11 مؤشرًا منطبقًا لها قيمة مقبولة.")]
    [InlineData(100, "التغطية 100.0%: 100 من 100 مؤشر منطبق لها قيمة مقبولة.")]
    public void Coverage_agrees_with_the_number_of_applicable_indicators(int applicable, string expected)
    {
        var facts = NarrativeSamples.Full with { Overall = NarrativeSamples.Full.Overall with { Coverage = 1m, ValueCount = applicable, ApplicableCount = applicable } };
        Assert.Equal(expected, NarrativeWriterTests.Single(facts, NarrativeTopic.Coverage, CultureInfo.GetCultureInfo("ar")));
    }

    /// <summary>A run whose first <paramref name="improved"/> criteria (of 100) rose since 2024 and the rest stayed as they were.</summary>
    private static NarrativeFacts Improved(int improved) => NarrativeSamples.Full with
    {
        Criteria = [.. Enumerable.Range(1, 100).Select(i => new CriterionFacts($"C{i:000}", new($"C{i:000}", "معيار", "Criterion"), 70m + (i % 7), i <= improved ? 1.5m : 0m))],
    };
}
