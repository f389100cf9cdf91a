using System.Globalization;
using KpiTracker.Domain.Common;

namespace KpiTracker.Web.Components;

/// <summary>Picks and formats text for the current UI language.</summary>
internal static class Text
{
    public static bool IsArabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public static string Pick(string arabic, string english) => IsArabic ? arabic : english;

    /// <summary>A count or an exact number (weights, thresholds) in the one number convention (<see cref="NumberText"/>).</summary>
    public static string Number(decimal value) => value == decimal.Truncate(value) && Math.Abs(value) <= long.MaxValue ? NumberText.Count((long)value) : NumberText.Exact(value);

    /// <summary>
    /// Text set in a sentence of the other direction (a name, a date, a code) wrapped in Unicode's first-strong isolate, so it
    /// keeps its own order and does not pull the words around it out of theirs; for values placed inside a resource's format.
    /// </summary>
    public static string Isolate(string? text) => text is null ? "" : "\u2068" + text + "\u2069";
}
