using System.Globalization;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Common;

namespace KpiTracker.Web.Components;

/// <summary>How the pages write Muscat times (the conversion is <see cref="MuscatTime"/>'s; this is only the wording).</summary>
internal static class MuscatText
{
    /// <summary>
    /// A moment in Muscat time, to the second. English spells the month ("9 Nov 2026, 14:05:00"): the culture's own short form
    /// is month-first (11/9/2026), which readers in Oman take for day-first. Arabic keeps its culture's form, which is year-first.
    /// </summary>
    public static string Format(DateTimeOffset value) =>
        NumberText.DigitsOf(MuscatTime.ToMuscat(value).ToString(IsEnglish ? "d MMM yyyy, HH:mm:ss" : "G", CultureInfo.CurrentCulture));

    /// <summary>A calendar day, in the same unambiguous forms as <see cref="Format"/>.</summary>
    public static string Day(DateOnly day) => NumberText.DigitsOf(day.ToString(IsEnglish ? "d MMM yyyy" : "d", CultureInfo.CurrentCulture));

    private static bool IsEnglish => CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "en";

    /// <summary>The machine-readable form for a <c>&lt;time datetime&gt;</c> attribute.</summary>
    public static string Iso(DateTimeOffset value) => MuscatTime.ToMuscat(value).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
