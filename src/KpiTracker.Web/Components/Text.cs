using System.Globalization;

namespace KpiTracker.Web.Components;

/// <summary>Picks and formats text for the current UI language.</summary>
internal static class Text
{
    public static bool IsArabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public static string Pick(string arabic, string english) => IsArabic ? arabic : english;

    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.CurrentCulture);
}
