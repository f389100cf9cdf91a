using KpiTracker.Domain.Scoring;

namespace KpiTracker.Application.Features.Setup.SeedDemoCollection;

// The owners' analyses on red values (every one: the rule asks for it) and the reviewers' recommendations on some reviewed red
// or amber values. Chosen by a fixed rule on the codes rather than drawn, so the random sequence (and every seeded number) stays.
internal sealed partial class DemoPlan
{
    private static readonly string[] Analyses =
    [
        "انخفضت القيمة بسبب نقص الكوادر المتخصصة وتأخر اعتماد الميزانية التشغيلية في النصف الأول من العام.",
        "تأثر الأداء بإعادة هيكلة الدائرة وانتقال المهام بين الأقسام، فتأخر تنفيذ عدد من الأنشطة المخططة.",
        "لم تكتمل المرحلة الثانية من المشروع في موعدها لتأخر الموردين، ويُتوقع أن تتحسن القيمة في الدورة القادمة.",
        "ارتفع الطلب على الخدمة دون زيادة مماثلة في الموارد، فتراجع الإنجاز مقارنة بالمستهدف.",
        "ضعف التنسيق مع الجهات الشريكة في جمع البيانات وتنفيذ المبادرات المشتركة أثّر في النتيجة.",
    ];

    private static readonly string[] Recommendations =
    [
        "وضع خطة تحسين بمسؤوليات ومواعيد واضحة ومتابعتها شهريًا مع دائرة التخطيط.",
        "إعطاء الأولوية لسد الشواغر المتخصصة وتدريب الفريق الحالي قبل الدورة القادمة.",
        "التنسيق مع الجهات الشريكة لتوحيد مصادر البيانات ومتابعة المبادرات المشتركة كل ربع سنة.",
    ];

    private ValueYardstick Yardstick(Indicator indicator) => ValueYardstick.For(indicator, edition.GreenThreshold, edition.AmberThreshold);

    /// <summary>The values with the owner's analysis when the value's light is red.</summary>
    private EntryValues WithAnalysis(Submission item, Indicator indicator, EntryValues values) =>
        Yardstick(indicator).Light(values.Value) == TrafficLight.Red
            ? values with { Analysis = Analyses[Pick(item, indicator, Analyses.Length)] }
            : values;

    /// <summary>A recommendation on about half of the red and amber values a reviewer accepts; none on the others.</summary>
    private string? Recommendation(Submission item, Indicator indicator) =>
        Yardstick(indicator).Light(item.Current.Value) is TrafficLight.Red or TrafficLight.Amber && Pick(item, indicator, 2) == 0
            ? Recommendations[Pick(item, indicator, Recommendations.Length)]
            : null;

    private static int Pick(Submission item, Indicator indicator, int count) =>
        (item.OrgUnitCode.Sum(c => c) + (indicator.Code.Sum(c => c) * 7) + item.Year) % count;
}
