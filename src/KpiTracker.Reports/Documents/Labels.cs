using System.Globalization;

namespace KpiTracker.Reports.Documents;

/// <summary>
/// Every fixed word the two documents print, in Arabic and English. Sentences with numbers are whole composite
/// formats ("صفحة {0} من {1}"), never glued together from fragments.
/// </summary>
internal sealed record Labels
{
    public static Labels Arabic { get; } = new()
    {
        ScorecardTitle = "بطاقة الأداء المؤسسي",
        ComparisonTitle = "مقارنة أداء المحافظات",
        CycleFormat = "دورة التقييم {0}",
        EditionFormat = "إصدار الإطار: {0} ({1})",
        Provisional = "نتائج مؤقتة",
        Final = "نتائج نهائية",
        GeneratedFormat = "صدر في {0} بتوقيت مسقط",
        VerificationFormat = "رمز التحقق: {0}",
        PageFormat = "صفحة {0} من {1}",
        OverallIndex = "المؤشر العام",
        Rank = "الترتيب",
        RankFormat = "{0} من {1}",
        NoRank = "غير مرتب",
        Change = "التغير عن العام السابق",
        Coverage = "تغطية البيانات",
        InsufficientData = "بيانات غير كافية: التغطية أقل من الثلثين، والنتيجة للاطلاع فقط",
        NotPublished = "غير منشور",
        CriteriaChart = "المعايير مقارنةً بالوسيط الوطني",
        Score = "الدرجة",
        NationalMedian = "الوسيط الوطني",
        CriteriaTable = "نتائج المعايير",
        Code = "الرمز",
        Criterion = "المعيار",
        Band = "المستوى",
        Indicators = "نتائج المؤشرات",
        Indicator = "المؤشر",
        Value = "القيمة",
        Target = "المستهدف",
        Light = "الحالة",
        Delta = "التغير",
        Green = "أخضر",
        Amber = "أصفر",
        Red = "أحمر",
        Grey = "رمادي",
        NotApplicable = "لا ينطبق",
        Missing = "غير متوفر",
        DataQuality = "جودة البيانات",
        Completeness = "الاكتمال",
        Timeliness = "الالتزام بالمواعيد",
        Dqi = "مؤشر جودة البيانات",
        FirstPassAcceptance = "القبول من المرة الأولى",
        EvidenceReviewed = "أدلة اطّلع عليها المراجع",
        ItemsWithoutOpenFlags = "مؤشرات بلا تنبيهات مفتوحة",
        DataQualityNote = "كل مكوّن من 0 إلى 100، والأعلى أفضل؛ ومؤشر جودة البيانات متوسط المكوّنات الخمسة.",
        Notes = "ملاحظات",
        NoNotes = "لا توجد مؤشرات مفقودة أو غير منطبقة.",
        LeagueTable = "جدول الترتيب",
        Governorate = "المحافظة",
        Overall = "المؤشر العام",
        RankChange = "تغير الترتيب",
        HeatMap = "المعايير حسب المحافظة",
        CriterionCharts = "كل معيار حسب المحافظة",
        Culture = CultureInfo.GetCultureInfo("ar-OM"),
    };

    public static Labels English { get; } = new()
    {
        ScorecardTitle = "Institutional Performance Scorecard",
        ComparisonTitle = "Governorate Performance Comparison",
        CycleFormat = "Assessment cycle {0}",
        EditionFormat = "Framework edition: {0} ({1})",
        Provisional = "Provisional results",
        Final = "Final results",
        GeneratedFormat = "Generated {0} Muscat time",
        VerificationFormat = "Verification code: {0}",
        PageFormat = "Page {0} of {1}",
        OverallIndex = "Overall index",
        Rank = "Rank",
        RankFormat = "{0} of {1}",
        NoRank = "Not ranked",
        Change = "Change from last year",
        Coverage = "Data coverage",
        InsufficientData = "Insufficient data: coverage is below two thirds; the score is indicative only",
        NotPublished = "Not published",
        CriteriaChart = "Criteria against the national median",
        Score = "Score",
        NationalMedian = "National median",
        CriteriaTable = "Criterion results",
        Code = "Code",
        Criterion = "Criterion",
        Band = "Band",
        Indicators = "Indicator results",
        Indicator = "Indicator",
        Value = "Value",
        Target = "Target",
        Light = "Status",
        Delta = "Change",
        Green = "Green",
        Amber = "Amber",
        Red = "Red",
        Grey = "Grey",
        NotApplicable = "Not applicable",
        Missing = "Missing",
        DataQuality = "Data quality",
        Completeness = "Completeness",
        Timeliness = "Timeliness",
        Dqi = "Data quality index",
        FirstPassAcceptance = "First-pass acceptance",
        EvidenceReviewed = "Evidence opened by the reviewer",
        ItemsWithoutOpenFlags = "Indicators without open flags",
        DataQualityNote = "Each component runs from 0 to 100 and higher is better; the data quality index is the mean of the five.",
        Notes = "Notes",
        NoNotes = "No indicator is missing or not applicable.",
        LeagueTable = "League table",
        Governorate = "Governorate",
        Overall = "Overall index",
        RankChange = "Rank change",
        HeatMap = "Criteria by governorate",
        CriterionCharts = "Each criterion by governorate",
        Culture = CultureInfo.GetCultureInfo("en-GB"),
    };

    public required string ScorecardTitle { get; init; }
    public required string ComparisonTitle { get; init; }
    public required string CycleFormat { get; init; }
    public required string EditionFormat { get; init; }
    public required string Provisional { get; init; }
    public required string Final { get; init; }
    public required string GeneratedFormat { get; init; }
    public required string VerificationFormat { get; init; }
    public required string PageFormat { get; init; }
    public required string OverallIndex { get; init; }
    public required string Rank { get; init; }
    public required string RankFormat { get; init; }
    public required string NoRank { get; init; }
    public required string Change { get; init; }
    public required string Coverage { get; init; }
    public required string InsufficientData { get; init; }
    public required string NotPublished { get; init; }
    public required string CriteriaChart { get; init; }
    public required string Score { get; init; }
    public required string NationalMedian { get; init; }
    public required string CriteriaTable { get; init; }
    public required string Code { get; init; }
    public required string Criterion { get; init; }
    public required string Band { get; init; }
    public required string Indicators { get; init; }
    public required string Indicator { get; init; }
    public required string Value { get; init; }
    public required string Target { get; init; }
    public required string Light { get; init; }
    public required string Delta { get; init; }
    public required string Green { get; init; }
    public required string Amber { get; init; }
    public required string Red { get; init; }
    public required string Grey { get; init; }
    public required string NotApplicable { get; init; }
    public required string Missing { get; init; }
    public required string DataQuality { get; init; }
    public required string Completeness { get; init; }
    public required string Timeliness { get; init; }
    public required string Dqi { get; init; }
    public required string FirstPassAcceptance { get; init; }
    public required string EvidenceReviewed { get; init; }
    public required string ItemsWithoutOpenFlags { get; init; }
    public required string DataQualityNote { get; init; }
    public required string Notes { get; init; }
    public required string NoNotes { get; init; }
    public required string LeagueTable { get; init; }
    public required string Governorate { get; init; }
    public required string Overall { get; init; }
    public required string RankChange { get; init; }
    public required string HeatMap { get; init; }
    public required string CriterionCharts { get; init; }

    /// <summary>Used for composite formats only; numbers are formatted by <see cref="ReportFormat"/>.</summary>
    public required CultureInfo Culture { get; init; }

    public static Labels For(ReportLanguage language) => language == ReportLanguage.Arabic ? Arabic : English;

    public string Format(string format, params object[] args) => string.Format(Culture, format, args);

    public string LightWord(TrafficLight light) => light switch
    {
        TrafficLight.Green => Green,
        TrafficLight.Amber => Amber,
        TrafficLight.Red => Red,
        _ => Grey,
    };
}
