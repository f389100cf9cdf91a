using System.Globalization;

namespace KpiTracker.Web.Components;

/// <summary>Picks and formats text for the current UI language.</summary>
internal static class Text
{
    public static bool IsArabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public static string Pick(string arabic, string english) => IsArabic ? arabic : english;

    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.CurrentCulture);

    /// <summary>
    /// Text set in a sentence of the other direction (a name, a date, a code) wrapped in Unicode's first-strong isolate, so it
    /// keeps its own order and does not pull the words around it out of theirs; for values placed inside a resource's format.
    /// </summary>
    public static string Isolate(string? text) => text is null ? "" : "\u2068" + text + "\u2069";
}
