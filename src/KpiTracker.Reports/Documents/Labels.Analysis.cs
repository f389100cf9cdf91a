namespace KpiTracker.Reports.Documents;

// The words of the analysis section, in both languages (docs/GLOSSARY.md: analysis التحليل, recommendation التوصية).
internal sealed partial record Labels
{
    public string Analyses => InArabic ? "التحليل والتوصيات" : "Analysis and recommendations";

    public string AnalysesNote => InArabic
        ? "تحليل مالك المؤشر وتوصية مراجع المحافظة على المؤشرات ذات الإشارة الحمراء؛ وتعرض الصفحة الإلكترونية للبطاقة تحليل كل مؤشر."
        : "The indicator owner's analysis and the governorate reviewer's recommendation on the indicators with a red light; the scorecard page shows every indicator's.";

    public string Analysis => InArabic ? "التحليل" : "Analysis";

    public string Recommendation => InArabic ? "التوصية" : "Recommendation";

    private bool InArabic => Culture.TextInfo.IsRightToLeft;
}
