using System.Globalization;
using KpiTracker.Reports.Documents;

namespace KpiTracker.Application.Features.Reports;

/// <summary>The two document languages by their wire codes (<c>ar</c>, <c>en</c>); Arabic comes first.</summary>
internal static class ReportLanguages
{
    public static readonly ReportLanguage[] All = [ReportLanguage.Arabic, ReportLanguage.English];

    public static bool IsValid(string? code) => code is null or "ar" or "en";

    /// <summary>The asked language, or without one the caller's UI language (Arabic unless it is English).</summary>
    public static ReportLanguage From(string? code) => code switch
    {
        "ar" => ReportLanguage.Arabic,
        "en" => ReportLanguage.English,
        _ => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? ReportLanguage.English : ReportLanguage.Arabic,
    };

    public static string Code(this ReportLanguage language) => language == ReportLanguage.Arabic ? "ar" : "en";

    public static CultureInfo Culture(this ReportLanguage language) => CultureInfo.GetCultureInfo(language.Code());
}
