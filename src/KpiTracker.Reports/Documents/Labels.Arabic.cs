using System.Globalization;

namespace KpiTracker.Reports.Documents;

/// <summary>The Arabic words; the shared concepts' words are Terms' (Labels.cs).</summary>
internal sealed partial record Labels
{
    public static Labels Arabic { get; } = new()
    {
        ScorecardTitle = "بطاقة الأداء المؤسسي",
        ComparisonTitle = "مقارنة أداء المحافظات",
        CycleFormat = "دورة التقييم {0}",
        EditionFormat = "إصدار الإطار: {0} ({1})",
        GeneratedFormat = "صدر في {0} بتوقيت مسقط",
        VerificationFormat = "رمز التحقق: {0}",
        PageFormat = "صفحة {0} من {1}",
        RankFormat = "{0} من {1}",
        NoRank = "غير مرتب",
        Change = "التغير عن العام السابق",
        NotEstablishedFormat = "التغطية {0} أقل من الثلثين",
        NotEstablishedNote = "غير محدد: لا تُحدَّد الفئة ولا الترتيب ما دامت التغطية أقل من الثلثين.",
        CoverageFormat = "مؤشرات لها قيمة: {0} من {1}",
        NoPriorValue = "لا قيمة في العام السابق",
        Trend = "الاتجاه خلال ثلاث سنوات",
        TrendProvisionalFormat = "{0} (مؤقتة)",
        BandLegendNote = "كلما كان اللون أغمق كانت الفئة أعلى، وتذكر كل خانة فئتها.",
        NotPublished = "غير منشور",
        CriteriaChart = "المعايير مقارنةً بالوسيط الوطني",
        NationalMedian = "الوسيط الوطني",
        CriteriaTable = "نتائج المعايير",
        Code = "الرمز",
        Criterion = "المعيار",
        Indicators = "نتائج المؤشرات",
        Indicator = "المؤشر",
        Value = "القيمة",
        Delta = "التغير",
        DataQualityNote = "كل مكوّن من 0 إلى 100، والأعلى أفضل؛ ومؤشر جودة البيانات متوسط المكوّنات الخمسة.",
        Notes = "ملاحظات",
        NoNotes = "لا توجد مؤشرات مفقودة أو غير منطبقة.",
        LeagueTable = "جدول الترتيب",
        Governorate = "المحافظة",
        RankChange = "تغير الترتيب",
        HeatMap = "المعايير حسب المحافظة",
        CriterionCharts = "كل معيار حسب المحافظة",
        ListSeparator = "، ",
        BandFromFormat = "{0} · من {1}",
        Culture = CultureInfo.GetCultureInfo("ar-OM"),
    };
}
