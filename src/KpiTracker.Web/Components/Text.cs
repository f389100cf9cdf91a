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

    /// <summary>
    /// A number the domain wrote invariantly ("-84.8") in the one number convention, in a left-to-right isolate so its sign stays
    /// on its left in Arabic text: a change gets its sign ("−84.8"), and a percent change its sign after it ("−84.8%").
    /// Text that is not a number is isolated as it is.
    /// </summary>
    public static string NumberArg(string raw, bool change = false, bool percent = false)
    {
        if (!decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return Isolate(raw);
        }

        var text = change ? NumberText.Change(value) : NumberText.Exact(value);
        return "\u2066" + text + (percent ? NumberText.PercentSign : "") + "\u2069";
    }

    /// <summary>A share as a percent ("28.6%") in a left-to-right isolate, so Arabic text keeps the sign after the number.</summary>
    public static string ShareArg(decimal? share) => "\u2066" + NumberText.Share(share) + "\u2069";
}
