using System.Globalization;
using KpiTracker.Reports.Words;

namespace KpiTracker.Reports.Documents;

/// <summary>The Arabic words; those of the shared concepts come from <see cref="Terms"/>.</summary>
internal sealed partial record Labels
{
    private static readonly CultureInfo ArabicCulture = CultureInfo.GetCultureInfo("ar-OM");

    public static Labels Arabic { get; } = new()
    {
        ScorecardTitle = "بطاقة الأداء المؤسسي",
        ComparisonTitle = "مقارنة أداء المحافظات",
        CycleFormat = "دورة التقييم {0}",
        EditionFormat = "إصدار الإطار: {0} ({1})",
        Provisional = Ar("term.provisional_results"),
        Final = Ar("term.final_results"),
        GeneratedFormat = "صدر في {0} بتوقيت مسقط",
        VerificationFormat = "رمز التحقق: {0}",
        PageFormat = "صفحة {0} من {1}",
        OverallIndex = Ar("term.overall_index"),
        Rank = Ar("term.rank"),
        RankFormat = "{0} من {1}",
        NoRank = "غير مرتب",
        Change = "التغير عن العام السابق",
        Coverage = Ar("term.coverage"),
        NotEstablished = Ar("term.not_established"),
        NotEstablishedFormat = "التغطية {0} أقل من الثلثين",
        NotEstablishedNote = "غير محدد: لا تُحدَّد الفئة ولا الترتيب ما دامت التغطية أقل من الثلثين.",
        CoverageFormat = "مؤشرات لها قيمة: {0} من {1}",
        NoPriorValue = "لا قيمة في العام السابق",
        Trend = "الاتجاه خلال ثلاث سنوات",
        TrendProvisionalFormat = "{0} (مؤقتة)",
        BandLegendNote = "كلما كان اللون أغمق كانت الفئة أعلى، وتذكر كل خانة فئتها.",
        NotPublished = "غير منشور",
        CriteriaChart = "المعايير مقارنةً بالوسيط الوطني",
        Score = Ar("term.score"),
        NationalMedian = "الوسيط الوطني",
        CriteriaTable = "نتائج المعايير",
        Code = "الرمز",
        Criterion = "المعيار",
        Band = Ar("term.band"),
        Indicators = "نتائج المؤشرات",
        Indicator = "المؤشر",
        Value = "القيمة",
        Target = Ar("term.target"),
        Light = Ar("term.light"),
        Delta = "التغير",
        Green = Ar("term.light.green"),
        Amber = Ar("term.light.amber"),
        Red = Ar("term.light.red"),
        Grey = Ar("term.light.grey"),
        NotApplicable = "لا ينطبق",
        Missing = "غير متوفر",
        DataQuality = Ar("term.data_quality"),
        Completeness = Ar("term.completeness"),
        Timeliness = Ar("term.timeliness"),
        Dqi = Ar("term.dqi"),
        FirstPassAcceptance = Ar("term.first_pass_acceptance"),
        EvidenceReviewed = Ar("term.evidence_reviewed"),
        ItemsWithoutOpenFlags = Ar("term.no_open_flags"),
        DataQualityNote = "كل مكوّن من 0 إلى 100، والأعلى أفضل؛ ومؤشر جودة البيانات متوسط المكوّنات الخمسة.",
        Notes = "ملاحظات",
        NoNotes = "لا توجد مؤشرات مفقودة أو غير منطبقة.",
        LeagueTable = "جدول الترتيب",
        Governorate = "المحافظة",
        Overall = Ar("term.overall_index"),
        RankChange = "تغير الترتيب",
        HeatMap = "المعايير حسب المحافظة",
        CriterionCharts = "كل معيار حسب المحافظة",
        ListSeparator = "، ",
        BandFromFormat = "{0} · من {1}",
        Culture = ArabicCulture,
    };

    private static string Ar(string key) => Terms.In(ArabicCulture, key);
}
